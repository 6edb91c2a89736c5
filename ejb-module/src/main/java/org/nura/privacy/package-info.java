/**
 * Privacy: export and erase everything stored about one customer, and delete conversations older than
 * RETENTION_DAYS every night. The top component: it may use every other one, none uses it.
 */
package org.nura.privacy;
