/** Analytics entities: the rows reports aggregate. */
package org.nura.analytics.entity;
