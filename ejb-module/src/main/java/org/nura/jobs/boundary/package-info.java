/** Jobs boundary: enqueueing, processing and the message-driven consumer. */
package org.nura.jobs.boundary;
