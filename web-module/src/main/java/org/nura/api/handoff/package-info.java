/** HTTP resources of the handoff: the queue, accept/reply/resolve, and the live Server-Sent Event streams. */
package org.nura.api.handoff;
