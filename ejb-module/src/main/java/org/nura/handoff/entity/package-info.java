/** Handoff entities: stored live events (replayable by id) and canned replies. */
package org.nura.handoff.entity;
