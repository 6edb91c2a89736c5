/** Analytics controls: how a customer message is read for the insights report, and the insight job. */
package org.nura.analytics.control;
