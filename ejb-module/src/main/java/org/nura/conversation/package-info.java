/**
 * The conversation component: the message pipeline, conversation logs and widget feedback; it announces handoff
 * requests and thumbs down as events and never calls handoff.
 */
package org.nura.conversation;
