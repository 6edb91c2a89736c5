/** Analytics boundary: the consumer of the insight queue. */
package org.nura.analytics.boundary;
