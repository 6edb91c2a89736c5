/** What the AI component stores: one row per LLM call. */
package org.nura.ai.entity;
