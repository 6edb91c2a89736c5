/** Console platform: sign-in, the session of the signed-in user and the guard in front of every page. */
package org.nura.admin.platform;
