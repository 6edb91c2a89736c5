/** Handoff entities: stored live events (replayable by id), session outcomes and canned replies. */
package org.nura.handoff.entity;
