/** The LLM gateway's parts: prompt, client call, citation parsing, circuit breaker and the switch. */
package org.nura.ai.control;
