/**
 * The guided topic tree exactly as GET /v1/topics sends it: one TopicView {id, label, article_id, children},
 * the root, with every label already in the requested language and article_id set on leaves.
 */

/** The nodes from the root to the one the path leads to, and the path cut where an id no longer exists. */
export function trail(tree, path) {
  const nodes = [tree];
  for (const id of path) {
    const next = nodes[nodes.length - 1].children.find((c) => c.id === id);
    if (!next) break;
    nodes.push(next);
  }
  return { nodes, path: nodes.slice(1).map((n) => n.id) };
}

/** What choosing a node does: open its options, show its article, or nothing (a leaf without an article). */
export function choice(node) {
  if (node.children.length) return { open: node.id };
  return node.article_id != null ? { article: node.article_id } : {};
}

/** The last step back; the path without it. */
export const up = (path) => path.slice(0, -1);
