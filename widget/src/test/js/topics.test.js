import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choice, trail, up } from '../../main/js/topics.js';

// GET /v1/topics?lang=en as the server sends it: TopicView {id, label, article_id, children}, nulls included
const TREE = {
  id: 'root', label: 'How can I help you?', article_id: null, children: [
    { id: 'apps', label: '📱 Apps', article_id: null, children: [
      { id: 'selfcare', label: 'Self-Care App', article_id: null, children: [
        { id: 'sc_dl', label: 'Download the app', article_id: 0, children: [] },
        { id: 'sc_soon', label: 'Coming soon', article_id: null, children: [] }] }] },
    { id: 'bills', label: 'Bills', article_id: 7, children: [] }]
};

test('the trail walks the path from the root', () => {
  const { nodes, path } = trail(TREE, ['apps', 'selfcare']);
  assert.deepEqual(nodes.map((n) => n.id), ['root', 'apps', 'selfcare']);
  assert.deepEqual(path, ['apps', 'selfcare']);
  assert.deepEqual(trail(TREE, []).nodes, [TREE]);
});

test('ids gone from a tree (another language, a changed tenant) cut the path there', () => {
  const { nodes, path } = trail(TREE, ['apps', 'gone', 'sc_dl']);
  assert.deepEqual(nodes.map((n) => n.id), ['root', 'apps']);
  assert.deepEqual(path, ['apps']);
});

test('choosing a branch opens it, a leaf opens its article, article 0 included', () => {
  assert.deepEqual(choice(TREE.children[0]), { open: 'apps' });
  const selfcare = TREE.children[0].children[0];
  assert.deepEqual(choice(selfcare.children[0]), { article: 0 });
  assert.deepEqual(choice(TREE.children[1]), { article: 7 });
  assert.deepEqual(choice(selfcare.children[1]), {}, 'a leaf without an article does nothing');
});

test('back drops the last step only', () => {
  assert.deepEqual(up(['apps', 'selfcare']), ['apps']);
  assert.deepEqual(up([]), []);
});
