/** Sign-in, the users API, and the security and audit logs over HTTP. */
package org.nura.api.security;
