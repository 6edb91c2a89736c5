/** Tools behind deployment/nura: database preparation, the embedded PostgreSQL fallback and readiness waits. */
package org.nura.deploy;
