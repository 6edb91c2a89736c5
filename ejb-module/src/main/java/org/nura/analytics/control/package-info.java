/**
 * Analytics controls: how a customer message is read for the insights report, the insight job, and the figures —
 * periods, KPI arithmetic, the daily aggregates and their SQL, report sections, CSV.
 */
package org.nura.analytics.control;
