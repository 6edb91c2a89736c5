/** The supervisors' analytics endpoints: dashboard, reports (JSON, CSV, zip), ratings, aggregate refresh. */
package org.nura.api.analytics;
