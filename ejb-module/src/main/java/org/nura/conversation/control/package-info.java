/** Conversation controls: languages, rules, answer tiers, session tokens and the Redis-cached session store. */
package org.nura.conversation.control;
