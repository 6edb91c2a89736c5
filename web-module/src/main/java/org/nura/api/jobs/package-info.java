/** HTTP resources for background jobs: their state and the JMS diagnostic. */
package org.nura.api.jobs;
