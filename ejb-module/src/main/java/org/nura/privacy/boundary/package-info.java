/** Privacy boundary: export and erasure of a customer, one retention batch, and the nightly retention timer. */
package org.nura.privacy.boundary;
