/** Platform boundaries: the startup migration and the health report. */
package org.nura.platform.boundary;
