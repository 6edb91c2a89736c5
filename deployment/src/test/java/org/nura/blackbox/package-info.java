/** Black-box tests: the EAR deployed on a freshly provisioned Payara Server, checked over HTTP and JDBC. */
package org.nura.blackbox;
