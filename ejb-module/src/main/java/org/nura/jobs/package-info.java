/** Background jobs: JMS messages sent in the same transaction as their data, consumed by message-driven beans. */
package org.nura.jobs;
