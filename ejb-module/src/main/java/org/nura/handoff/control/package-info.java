/**
 * Handoff controls: the lifecycle's side effects (outcomes, live events), the thumbs-down reaction, the queue, the
 * live event hub and the escalation webhook job.
 */
package org.nura.handoff.control;
