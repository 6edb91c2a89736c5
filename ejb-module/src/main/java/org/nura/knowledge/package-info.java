/** Knowledge: articles, the topic tree, intents, the on-box retrieval index and intent model, handbook ingestion. */
package org.nura.knowledge;
