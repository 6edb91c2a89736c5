/** HTTP plumbing shared by every resource: the application, JSON settings, request ids, errors, access checks. */
package org.nura.api.platform;
