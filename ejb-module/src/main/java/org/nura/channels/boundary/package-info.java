/** Channel boundaries: Telegram updates in (webhook and poller), the send consumer, the poller's startup bean. */
package org.nura.channels.boundary;
