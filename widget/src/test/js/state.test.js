import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as state from '../../main/js/state.js';

const NOW = Date.UTC(2024, 4, 1);

test('a stored conversation is restored; corrupt, foreign or day-old state starts over', () => {
  const kept = { v: 1, at: NOW - 3600e3, log: [{ k: 'me', t: 'hi' }], sid: 's1', tok: 'k1', hs: 'human_active' };
  assert.deepEqual(state.restore(JSON.stringify(kept), NOW), kept);
  const fresh = { v: 1, log: [] };
  assert.deepEqual(state.restore(null, NOW), fresh);
  assert.deepEqual(state.restore('{not json', NOW), fresh);
  assert.deepEqual(state.restore(JSON.stringify({ ...kept, v: 2 }), NOW), fresh);
  assert.deepEqual(state.restore(JSON.stringify({ ...kept, at: NOW - state.TTL_MS - 1 }), NOW), fresh);
  assert.deepEqual(state.restore(JSON.stringify({ ...kept, log: 'x' }), NOW), fresh);
});

test('serialising stamps the time and leaves the DOM nodes out', () => {
  const s = { v: 1, log: [{ k: 'me', t: 'hi', node: { big: 'dom' } }] };
  const json = state.serialize(s, NOW);
  assert.deepEqual(JSON.parse(json), { v: 1, log: [{ k: 'me', t: 'hi' }], at: NOW });
  assert.deepEqual(state.restore(json, NOW + 1000).log, [{ k: 'me', t: 'hi' }]);
});

test('the transcript keeps the newest entries only', () => {
  const s = { v: 1, log: [] };
  for (let i = 0; i < state.MAX_LOG + 5; i++) state.append(s, { k: 'me', t: String(i) });
  assert.equal(s.log.length, state.MAX_LOG);
  assert.equal(s.log[0].t, '5');
  const last = s.log[s.log.length - 1];
  state.withdraw(s, last);
  assert.equal(s.log.length, state.MAX_LOG - 1);
  assert.ok(!s.log.includes(last));
});

test('a reply\'s session and token are kept; a reply without a new token keeps the old one', () => {
  const s = { v: 1, log: [] };
  state.adoptSession(s, { session_id: 's1', session_token: 'tok1' });
  assert.deepEqual([s.sid, s.tok], ['s1', 'tok1']);
  s.le = '12';
  state.adoptSession(s, { session_id: 's1', session_token: null });
  assert.deepEqual([s.tok, s.le], ['tok1', '12'], 'the same session goes on');
  state.adoptSession(s, { session_id: 's2', session_token: 'tok2' });
  assert.deepEqual([s.sid, s.tok, s.le], ['s2', 'tok2', null], 'a new session starts with no event seen');
  s.le = '12';
  state.forgetSession(s);
  assert.deepEqual([s.sid, s.tok, s.le], [null, null, null]);
});

test('handoff status: the server\'s four values, unknown ones ignored, banner and stream follow it', () => {
  const s = { v: 1, log: [], sid: 's1', tok: 'k' };
  assert.equal(state.currentStatus(s), 'bot');
  assert.equal(state.bannerKey(s), null);
  assert.equal(state.wantsStream(s), false);
  assert.equal(state.setStatus(s, 'pending_handoff'), true);
  assert.equal(state.bannerKey(s), 'pending_handoff');
  assert.equal(state.wantsStream(s), true);
  assert.equal(state.setStatus(s, 'pending_handoff'), false, 'no change');
  assert.equal(state.setStatus(s, 'accepted'), false, 'not a status the server sends');
  assert.equal(s.hs, 'pending_handoff');
  state.setStatus(s, 'human_active');
  assert.equal(state.waiting(s), true);
  state.setStatus(s, 'resolved');
  assert.equal(state.bannerKey(s), 'resolved');
  assert.equal(state.wantsStream(s), false, 'a resolved session has nothing more to stream');
  assert.equal(state.wantsStream({ log: [], hs: 'human_active', sid: 's1' }), false, 'no token, no stream');
});

test('an older stored state without a status is with the bot', () => {
  assert.equal(state.currentStatus({ hs: '' }), 'bot');
  assert.equal(state.bannerKey({ hs: '' }), null);
});
