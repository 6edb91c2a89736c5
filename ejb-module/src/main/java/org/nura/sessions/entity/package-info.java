/**
 * Sessions entities: the durable session row with its state machine (bot, pending_handoff, human_active, resolved).
 */
package org.nura.sessions.entity;
