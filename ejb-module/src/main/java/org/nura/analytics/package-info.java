/**
 * Analytics: reads each customer message for the insights report (its own job, fed by the conversation's events),
 * and the supervisors' figures — dashboard KPIs, reports, ratings — from daily aggregates it refreshes itself.
 */
package org.nura.analytics;
