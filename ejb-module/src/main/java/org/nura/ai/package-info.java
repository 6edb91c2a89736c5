/** AI: the LLM gateway, its usage and cost, the runtime switch and the LLM health check. */
package org.nura.ai;
