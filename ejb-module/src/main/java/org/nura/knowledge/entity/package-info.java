/** Knowledge entities: articles with their texts per language, the topic tree, intents and handbook documents. */
package org.nura.knowledge.entity;
