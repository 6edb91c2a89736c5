/** Handoff controls: the trigger policy, the lifecycle's side effects (outcomes, live events), the queue, the live event hub. */
package org.nura.handoff.control;
