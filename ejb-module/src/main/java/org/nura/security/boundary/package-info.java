/** Sign-in and token checks, user management, the security and audit logs, and the startup checks. */
package org.nura.security.boundary;
