/** Password hashing, signed tokens, roles, rate limits, production checks and the typed security settings. */
package org.nura.security.control;
