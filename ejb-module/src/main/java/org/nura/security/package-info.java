/** Security: users and roles, sign-in and bearer tokens, rate limits, the security log and the audit log. */
package org.nura.security;
