/** Knowledge controls: tenant content, the on-box model (retrieval and intents) and what it understood. */
package org.nura.knowledge.control;
