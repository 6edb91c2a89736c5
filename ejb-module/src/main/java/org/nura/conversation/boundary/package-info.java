/** Conversation boundaries: the message pipeline, ratings and widget events; each method is one transaction. */
package org.nura.conversation.boundary;
