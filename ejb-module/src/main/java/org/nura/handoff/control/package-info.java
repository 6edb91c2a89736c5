/** Handoff controls: the triggers (sentiment, explicit requests, low confidence) and the live event hub. */
package org.nura.handoff.control;
