/** The LLM gateway's parts: prompt, client call, citation parsing, message insights, circuit breaker and the switch. */
package org.nura.ai.control;
