/**
 * The conversation component: the message pipeline, conversation logs and widget feedback; it announces handoff
 * requests as events and never calls handoff (a thumbs down only records the rating).
 */
package org.nura.conversation;
