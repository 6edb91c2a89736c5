/** Conversation entities: the durable session, message logs, chat turns, feedback, tree clicks and widget events. */
package org.nura.conversation.entity;
