/** Analytics: reads each customer message for the insights report (its own job, fed by the conversation's events). */
package org.nura.analytics;
