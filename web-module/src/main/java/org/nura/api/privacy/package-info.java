/** Privacy over HTTP: export and erase one customer, and run the retention sweep now (admins). */
package org.nura.api.privacy;
