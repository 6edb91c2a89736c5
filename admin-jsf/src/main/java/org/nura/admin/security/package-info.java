/** The admins' security screens: users and their roles, the security and audit logs. */
package org.nura.admin.security;
