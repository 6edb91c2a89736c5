/** Jobs entities: the durable record of each job, used for idempotency and re-drive. */
package org.nura.jobs.entity;
