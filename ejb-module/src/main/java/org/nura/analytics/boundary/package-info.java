/** Analytics boundary: the insight queue's consumer, the read-only dashboard, reports and ratings, the aggregate refresh and its timer. */
package org.nura.analytics.boundary;
