/**
 * Sessions controls: the store (Redis first, PostgreSQL always), tokens, history, the authentication check and the
 * handoff policy.
 */
package org.nura.sessions.control;
