/** Platform controls: typed configuration, the Redis client and the business exception. */
package org.nura.platform.control;
