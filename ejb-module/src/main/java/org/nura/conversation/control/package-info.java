/** Conversation controls: inbound checks, languages, rules, answer tiers and the replies. */
package org.nura.conversation.control;
