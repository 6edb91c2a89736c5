import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CUSTOMER_EVENTS, liveChange, streamUrl } from '../../main/js/live.js';

// The payloads as HandoffLifecycle.status and Handoffs.reply write them
const STATUS = JSON.stringify({ session_id: 's1', handoff_status: 'human_active', at: '2024-05-01T10:00:00Z',
  reason: 'direct_button', agent: 'sara' });
const AGENT = JSON.stringify({ text: 'Hello, this is Sara.', agent: 'sara', session_id: 's1', message_id: 'm9',
  created_at: '2024-05-01T10:01:00Z' });

test('the widget listens to exactly the four events the customer stream sends', () => {
  assert.deepEqual([...CUSTOMER_EVENTS].sort(), ['agent_message', 'attachment', 'status', 'typing']);
});

test('an agent message and the "joined" status carry the agent\'s display name', () => {
  const named = JSON.stringify({ text: 'Hi', agent: '7', agent_name: 'سارة أحمد', session_id: 's1', message_id: 'm1' });
  assert.deepEqual(liveChange({ log: [] }, 'agent_message', '3', named),
    { entry: { k: 'agent', t: 'Hi', mid: 'm1', n: 'سارة أحمد' } });
  const joined = JSON.stringify({ session_id: 's1', handoff_status: 'human_active', agent: '7', agent_name: 'Sara Ahmed' });
  assert.deepEqual(liveChange({ log: [] }, 'status', '4', joined), { status: 'human_active', agent: 'Sara Ahmed' });
});

test('typing has no id of its own: it passes whatever id the browser repeats and moves no last-seen id', () => {
  const s = { log: [], le: '42' };
  const typing = JSON.stringify({ session_id: 's1', from: 'agent', agent: '7', agent_name: 'Sara' });
  assert.deepEqual(liveChange(s, 'typing', '42', typing), { typing: 'Sara' });
  assert.deepEqual(liveChange(s, 'typing', '', typing), { typing: 'Sara' });
  assert.equal(s.le, '42');
  assert.equal(liveChange(s, 'typing', '', JSON.stringify({ from: 'customer' })), null, 'only the agent\'s typing');
});

test("the agent's file becomes an agent entry; the customer's own was shown when its upload answered", () => {
  const s = { log: [], le: '41' };
  const file = { session_id: 's1', id: 'a1', name: 'invoice.pdf', type: 'application/pdf', size: 10, url: '/v1/attachments/a1?exp=1&sig=x' };
  assert.deepEqual(liveChange(s, 'attachment', '42', JSON.stringify({ ...file, by: 'agent' })),
    { entry: { k: 'agent', f: { id: 'a1', n: 'invoice.pdf', ty: 'application/pdf', sz: 10, u: file.url } } });
  assert.equal(liveChange(s, 'attachment', '43', JSON.stringify({ ...file, by: 'customer' })), null);
  assert.equal(s.le, '43');
});

test('a status event changes the handoff status', () => {
  const s = { log: [] };
  assert.deepEqual(liveChange(s, 'status', '41', STATUS), { status: 'human_active' });
  assert.equal(s.le, '41');
});

test('an agent message becomes an agent entry with its text and message id', () => {
  const s = { log: [], le: '41' };
  assert.deepEqual(liveChange(s, 'agent_message', '42', AGENT),
    { entry: { k: 'agent', t: 'Hello, this is Sara.', mid: 'm9' } });
  assert.equal(s.le, '42');
});

test('an event at or before the last seen id is not shown twice', () => {
  const s = { log: [], le: '42' };
  assert.equal(liveChange(s, 'agent_message', '42', AGENT), null);
  assert.equal(liveChange(s, 'agent_message', '7', AGENT), null);
  assert.equal(s.le, '42');
  assert.ok(liveChange(s, 'agent_message', '100', AGENT), 'ids compare as numbers, not as text');
});

test('markup in an agent message is kept as it was sent, for the renderer to show as text', () => {
  const text = '<script>alert(1)</script>';
  const change = liveChange({ log: [] }, 'agent_message', '1', JSON.stringify({ text, agent: 'a', session_id: 's',
    message_id: 'm', created_at: 'now' }));
  assert.equal(change.entry.t, text);
});

test('an unknown event or a payload that is not JSON changes nothing', () => {
  assert.equal(liveChange({ log: [] }, 'customer_message', '5', AGENT), null);
  assert.equal(liveChange({ log: [] }, 'agent_message', '6', 'plain text'), null);
});

test('the stream URL carries the token and, after a reload, the last event id', () => {
  assert.equal(streamUrl('https://h/v1', { sid: 'a b', tok: 't&1' }), 'https://h/v1/session/a%20b/stream?token=t%261');
  assert.equal(streamUrl('https://h/v1', { sid: 's', tok: 't', le: '42' }),
    'https://h/v1/session/s/stream?token=t&last_event_id=42');
});
