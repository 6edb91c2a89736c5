/** The supervisors' analytics endpoints: dashboard, reports (JSON, CSV, zip), ratings, aggregate refresh, session search and session history (read-only). */
package org.nura.api.analytics;
