/** What any component fires for the security component to store: incidents and audit records, plain data. */
package org.nura.security.events;
