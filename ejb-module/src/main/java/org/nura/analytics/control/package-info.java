/** Analytics controls: how a customer message is read for the insights report. */
package org.nura.analytics.control;
