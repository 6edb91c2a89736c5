/**
 * The agents' side of the console: the live queue (waiting handoffs, my chats with unread counts) and the chat with
 * one customer, kept current by Faces websocket pushes fed from the handoff live events.
 */
package org.nura.admin.handoff;
