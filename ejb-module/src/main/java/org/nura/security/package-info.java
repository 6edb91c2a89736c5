/** Security: users and roles, sign-in and bearer tokens, rate limits, widget identity verification, the security log and the audit log. */
package org.nura.security;
