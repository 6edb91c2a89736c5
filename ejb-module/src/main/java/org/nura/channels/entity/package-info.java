/** Telegram chats (the session each continues) and the ratings customers give at the end. */
package org.nura.channels.entity;
