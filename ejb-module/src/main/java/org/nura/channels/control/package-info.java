/** Telegram: the Bot API client, screens and texts, the send job, the update log and the polling lease. */
package org.nura.channels.control;
