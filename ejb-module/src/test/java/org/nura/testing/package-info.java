/** Test support: the Payara Micro test archives and helpers shared by the in-container tests. */
package org.nura.testing;
