/** Facades of the AI component: usage rows in their own transaction and the admin's AI switch. */
package org.nura.ai.boundary;
