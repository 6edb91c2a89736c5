/** Jobs controls: the JMS dispatch that joins the caller's transaction. */
package org.nura.jobs.control;
