/** HTTP endpoints of the knowledge component: the guided topic tree, help articles and handbook documents. */
package org.nura.api.knowledge;
