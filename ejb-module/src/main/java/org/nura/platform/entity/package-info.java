/** Platform rows: runtime settings shared by all nodes. */
package org.nura.platform.entity;
