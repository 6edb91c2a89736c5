/**
 * Events the conversation component fires for others (handoff, analytics) inside the turn's transaction: records of
 * plain data, depending on nothing of NURA.
 */
package org.nura.conversation.events;
