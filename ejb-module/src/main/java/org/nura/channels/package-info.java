/**
 * Channels: the assistant and the agents over other messengers than the widget — today Telegram (Bot API webhook
 * or one long poller across the nodes). Uses the conversation and handoff boundaries; no component uses it.
 */
package org.nura.channels;
