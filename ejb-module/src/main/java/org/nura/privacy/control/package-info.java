/** Privacy controls: the tables and Redis keys that name a customer, and the retention settings. */
package org.nura.privacy.control;
