/** Handoff boundaries: the lifecycle (direct, accept, reply, resolve, queue), canned replies, the Redis relay of live events. */
package org.nura.handoff.boundary;
