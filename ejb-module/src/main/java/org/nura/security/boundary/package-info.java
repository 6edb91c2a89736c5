/** Security boundary: the customer checks the web layer runs before a customer call reaches its component. */
package org.nura.security.boundary;
