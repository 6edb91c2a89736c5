/** HTTP resources of analytics: supervisors' session search and session history (read-only). */
package org.nura.api.analytics;
