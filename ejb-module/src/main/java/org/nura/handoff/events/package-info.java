/** Events the handoff component fires for others inside the handoff's transaction: records of plain data. */
package org.nura.handoff.events;
