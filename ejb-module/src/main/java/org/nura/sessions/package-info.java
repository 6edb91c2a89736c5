/**
 * Customer sessions: the durable row and its Redis copy, the session token, the one authentication check, and the
 * handoff trigger policy every component asks. Depends on platform and knowledge only.
 */
package org.nura.sessions;
