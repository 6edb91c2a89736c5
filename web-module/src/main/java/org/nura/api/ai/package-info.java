/** HTTP endpoints of the AI component: the admin's AI switch. */
package org.nura.api.ai;
