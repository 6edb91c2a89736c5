/** Password hashing, signed tokens, roles, rate limits (sign-in and customer), the identity HMAC, production checks and the typed security settings. */
package org.nura.security.control;
