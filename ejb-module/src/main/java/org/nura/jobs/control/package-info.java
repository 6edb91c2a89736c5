/**
 * Jobs controls: the JMS dispatch that joins the caller's transaction, the registry of the components' handlers,
 * retries and signed webhooks.
 */
package org.nura.jobs.control;
