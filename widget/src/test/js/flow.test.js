import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { JSDOM } from 'jsdom';

// The built widget on a page whose fetch and EventSource are fakes: the customer's side of a chat, step by step.
const out = join(mkdtempSync(join(tmpdir(), 'nura-flow-')), 'widget.js');
execFileSync(process.execPath, ['build.js', out], { cwd: new URL('../../..', import.meta.url) });
const bundle = readFileSync(out, 'utf8');
const TREE = { id: 'root', label: 'How can I help?', children: [{ id: 'info', label: 'ℹ️ معلومات عامة', children: [] }] };

function page(replies) {
  const calls = [], streams = [];
  const w = new JSDOM('<!DOCTYPE html><html lang="en"><head><title>shop</title></head><body></body></html>',
    { runScripts: 'outside-only', url: 'https://shop.example/' }).window;
  w.matchMedia = () => ({ matches: false });
  w.requestAnimationFrame = (f) => setTimeout(f);
  w.fetch = async (url, init) => {
    const path = new URL(url).pathname.replace('/v1', '');
    const body = init && init.body ? JSON.parse(init.body) : null;
    calls.push([path, body]);
    const data = path === '/topics' ? TREE : (replies[path] || (() => ({})))(body);
    return { ok: true, status: 200, json: async () => data };
  };
  w.EventSource = class { constructor(u) { this.url = u; this.l = {}; streams.push(this); }
    addEventListener(n, f) { this.l[n] = f; } close() {} };
  w.EventSource.CLOSED = 2;
  w.eval(`document.currentScript = null;`);
  const s = w.document.createElement('script');
  s.setAttribute('data-api', 'https://nura.example/v1');
  s.setAttribute('data-lang', 'en');
  w.document.body.append(s);
  w.eval(bundle);
  const root = w.document.querySelector('nura-widget').shadowRoot;
  return { w, root, calls, streams, $: (c) => root.querySelector(c), all: (c) => [...root.querySelectorAll(c)] };
}
const tick = () => new Promise((r) => setTimeout(r, 20));
const answer = (extra) => () => Object.assign({ session_id: 's1', session_token: 'k', message_id: 'm1',
  response: 'Our plans start at 4,500.', source: 'local', confidence: 1, handoff_status: 'bot', lang: 'en' }, extra);

test('a thumbs down asks first: "no" keeps the bot and hands over nothing, "yes" hands over as bad_feedback', async () => {
  const p = page({ '/message': answer(), '/feedback': () => ({ ok: true, escalated: false }),
    '/handoff/direct': () => ({ ok: true, session_id: 's1', session_token: 'k', handoff_status: 'pending_handoff' }) });
  p.w.NuraWidget.open(); await tick();
  p.$('textarea').value = 'what are the prices?';
  p.$('form').dispatchEvent(new p.w.Event('submit', { cancelable: true })); await tick();
  assert.deepEqual(p.calls.find((c) => c[0] === '/message')[1].lang_hint, 'en', 'the interface language goes as a hint');
  p.$('.m.bot [data-r=down]').click(); await tick();
  assert.equal(p.$('.m.sys').firstChild.textContent, 'Would you like a person to help?');
  p.all('.m.sys button')[1].click(); await tick();
  assert.equal(p.calls.filter((c) => c[0] === '/handoff/direct').length, 0, '"no": no handoff');
  assert.equal(p.$('.m.sys button'), null, 'answered');
  assert.equal(p.$('.banner').hidden, true);

  p.$('textarea').value = 'and 5G?';
  p.$('form').dispatchEvent(new p.w.Event('submit', { cancelable: true })); await tick();
  p.all('.m.bot [data-r=down]')[1].click(); await tick();
  p.all('.m.sys button')[0].click(); await tick();
  const direct = p.calls.filter((c) => c[0] === '/handoff/direct');
  assert.deepEqual(direct.map((c) => c[1].reason), ['bad_feedback']);
  assert.equal(p.$('.banner').textContent, 'Waiting for a support agent…');
  p.w.close();
});

test('a live chat: one line per step, the tree folded behind "topics", unread count while the panel is closed', async () => {
  const p = page({ '/handoff/direct': () => ({ ok: true, session_id: 's1', session_token: 'k', handoff_status: 'pending_handoff' }),
    '/message': answer({ source: 'agent', response: 'Your message has been passed to the agent.', handoff_status: 'human_active' }) });
  p.w.NuraWidget.open(); await tick();
  assert.equal(p.$('.tree').hidden, false);
  assert.equal(p.$('.tt').hidden, true, 'no toggle while the bot has the chat');
  p.$('.human').click(); await tick();
  assert.equal(p.$('.tree').hidden, true, 'folded during the live chat');
  p.$('.tt').click();
  assert.equal(p.$('.tree').hidden, false, 'one tap brings it back');
  assert.equal(p.$('.tt').getAttribute('aria-expanded'), 'true');
  const es = p.streams[0];
  es.l.status({ type: 'status', lastEventId: '1', data: '{"handoff_status":"human_active"}' });
  for (const text of ['first', 'second']) {
    p.$('textarea').value = text;
    p.$('form').dispatchEvent(new p.w.Event('submit', { cancelable: true })); await tick();
  }
  assert.deepEqual(p.all('.m.sys').map((m) => m.textContent), ['Waiting for a support agent…',
    'A support agent joined the chat', 'Your message has been passed to the agent.'], 'each once');
  p.w.NuraWidget.close();
  es.l.agent_message({ type: 'agent_message', lastEventId: '2', data: '{"text":"Hello, Sara here."}' });
  es.l.agent_message({ type: 'agent_message', lastEventId: '3', data: '{"text":"Still there?"}' });
  assert.equal(p.w.document.title, '(2) shop');
  assert.equal(p.$('.launch').dataset.n, '2');
  p.w.NuraWidget.open();
  assert.equal(p.w.document.title, 'shop', 'the page\'s own title is back');
  assert.equal(p.$('.launch').dataset.n, '0');
  es.l.status({ type: 'status', lastEventId: '4', data: '{"handoff_status":"resolved"}' });
  assert.equal(p.all('.m.sys').at(-1).textContent, 'Conversation resolved');
  assert.equal(p.$('.tt').hidden, true);
  p.w.close();
});

test('after "resolved" the bot answers again and the banner goes', async () => {
  const p = page({ '/message': answer({ handoff_status: 'resolved' }) });
  p.w.localStorage.clear();
  p.w.NuraWidget.open(); await tick();
  p.$('textarea').value = 'hello again';
  p.$('form').dispatchEvent(new p.w.Event('submit', { cancelable: true })); await tick();
  assert.equal(p.$('.banner').hidden, true);
  p.w.close();
});

test('topic labels take the interface language\'s direction, not the first letter\'s', async () => {
  const p = page({});
  p.w.NuraWidget.setLang('ar');
  p.w.NuraWidget.open(); await tick();
  const b = p.$('.tree .opt[data-id=info]');
  assert.equal(b.getAttribute('dir'), null, 'no dir=auto: it inherits the panel\'s rtl');
  assert.equal(p.$('.w').dir, 'rtl');
  p.w.close();
});
