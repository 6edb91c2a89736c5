/** The conversation component: the message pipeline, customer sessions, conversation logs and widget feedback. */
package org.nura.conversation;
