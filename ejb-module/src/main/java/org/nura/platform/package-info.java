/** Platform: schema migration, configuration, shared clients and health of the dependencies. */
package org.nura.platform;
