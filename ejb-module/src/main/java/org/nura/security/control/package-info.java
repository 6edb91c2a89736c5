/** Security controls: the identity HMAC and its settings, the customer rate limits and theirs. */
package org.nura.security.control;
