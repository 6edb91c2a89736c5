/** The supervisor's knowledge screens: articles, topic tree, intents and phrasings, gaps, documents, evaluation. */
package org.nura.admin.knowledge;
