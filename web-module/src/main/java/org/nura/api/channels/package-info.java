/** HTTP endpoints of the channels component: Telegram's webhook. */
package org.nura.api.channels;
