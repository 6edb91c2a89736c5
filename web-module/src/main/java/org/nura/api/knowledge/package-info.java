/** HTTP endpoints of the knowledge component: the guided topic tree and help articles. */
package org.nura.api.knowledge;
