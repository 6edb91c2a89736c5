/** The supervisors' conversation screens: session search, one session's whole history, a customer's export. */
package org.nura.admin.conversation;
