import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleEntry, replyEntry } from '../../main/js/answers.js';

test('a Reply of POST /v1/message becomes an answer entry', () => {
  const reply = { session_id: 's1', session_token: 'tok', message_id: 'm1', response: 'Restart the router.',
    channel: 'web', escalated: false, confidence: 0.7, source: 'rules', intent: 'slow_internet', article_id: 4,
    citations: [{ type: 'article', id: '4', title: 'Slow internet' }], handoff_status: 'bot', lang: 'en' };
  assert.deepEqual(replyEntry(reply), { k: 'bot', t: 'Restart the router.', src: 'rules', conf: 0.7, mid: 'm1',
    aid: 4, cites: [{ type: 'article', id: '4', title: 'Slow internet' }], lang: 'en' }, 'in the language it was given in');
});

test('an ArticleView becomes a guided answer citing itself, with no message id to rate on the server', () => {
  const e = articleEntry({ id: 0, title: 'Download Self-Care', body: 'Get it at https://x.io', lang: 'en' });
  assert.deepEqual(e, { k: 'bot', ti: 'Download Self-Care', t: 'Get it at https://x.io', src: 'tree', aid: 0, lang: 'en',
    cites: [{ type: 'article', id: '0', title: 'Download Self-Care' }] });
  assert.equal(e.mid, undefined);
});
