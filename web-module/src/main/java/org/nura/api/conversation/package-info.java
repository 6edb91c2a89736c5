/** HTTP endpoints of the conversation component: messages, feedback and widget events. */
package org.nura.api.conversation;
