/**
 * Background jobs, infrastructure knowing no business component: each component registers its JobHandler and its
 * consumer; JMS messages are sent in the same transaction as their data.
 */
package org.nura.jobs;
