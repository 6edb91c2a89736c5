/** Console platform: sign-in and sign-out with the NURA users, the signed-in session and the guard in front of every page. */
package org.nura.admin.platform;
