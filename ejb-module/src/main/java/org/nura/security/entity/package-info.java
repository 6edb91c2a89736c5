/** Users, revoked tokens, security log rows and audit rows. */
package org.nura.security.entity;
