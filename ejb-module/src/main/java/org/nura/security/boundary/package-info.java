/** Sign-in and token checks, user management, the security and audit logs, the startup checks and the customer checks. */
package org.nura.security.boundary;
