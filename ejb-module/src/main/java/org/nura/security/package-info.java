/**
 * Security: on this branch the customer-side guards (widget identity verification, customer rate limits) and the
 * events other components fire for the security and audit logs. Depends on platform only.
 */
package org.nura.security;
