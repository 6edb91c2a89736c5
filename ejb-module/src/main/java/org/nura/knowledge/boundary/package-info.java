/** Knowledge boundaries: articles and the topic tree for customers, first-start loading and model training. */
package org.nura.knowledge.boundary;
