/**
 * Handoff boundaries: the lifecycle (direct, accept, reply, resolve, queue), canned replies, the Redis relay of live
 * events and the webhook consumer.
 */
package org.nura.handoff.boundary;
