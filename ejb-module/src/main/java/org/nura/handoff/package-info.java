/** Handoff: when a customer goes to a human, the race-safe lifecycle of that handoff and its live events. */
package org.nura.handoff;
