/** The supervisors' analytics screens: the dashboard with its charts and the report sections with their CSV. */
package org.nura.admin.analytics;
