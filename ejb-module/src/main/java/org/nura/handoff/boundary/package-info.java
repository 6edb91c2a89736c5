/** Handoff boundaries: the handoff lifecycle and the Redis relay of live events between nodes. */
package org.nura.handoff.boundary;
