import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { endBox, ending, initials, nameRow, throttle } from '../../main/js/extras.js';
import { builder, renderMessage } from '../../main/js/message.js';
import { translator } from '../../main/js/i18n.js';

const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
const dom = builder(doc);
const t = translator('en');

test('initials: the first letter of the first two words, Arabic as Latin', () => {
  assert.equal(initials('سارة أحمد'), 'سأ');
  assert.equal(initials('Sara Ahmed'), 'SA');
  assert.equal(initials('  karwan  jalal omar '), 'KJ');
  assert.equal(initials('Admin'), 'A');
  assert.equal(initials(''), '');
  assert.equal(initials(null), '');
});

test('an agent message shows the agent\'s name under an initials avatar hidden from screen readers', () => {
  const m = renderMessage(doc, { k: 'agent', t: 'Hello', n: 'سارة أحمد' }, t, 'en', {});
  assert.equal(m.querySelector('.who .av').textContent, 'سأ');
  assert.equal(m.querySelector('.who .av').getAttribute('aria-hidden'), 'true');
  assert.equal(m.querySelector('.who span:last-child').textContent, 'سارة أحمد');
  assert.equal(renderMessage(doc, { k: 'agent', t: 'Hi' }, t, 'en', {}).querySelector('.who'), null, 'no name: no row');
  assert.equal(renderMessage(doc, { k: 'me', t: 'Hi', n: 'x' }, t, 'en', {}).querySelector('.who'), null);
  assert.equal(nameRow(dom.el, '<b>x</b>').querySelector('b'), null, 'the name is text, never markup');
});

test('throttle: at most one call per period, the rest dropped', () => {
  let now = 0, calls = 0;
  const f = throttle(() => calls++, 2000, () => now);
  f(); f(); now = 1999; f();
  assert.equal(calls, 1);
  now = 2000; f(); f();
  assert.equal(calls, 2);
});

test('"resolved" opens the end-of-chat box for a new rating, any other status closes it', () => {
  const s = { rt: 1 };
  ending(s, 'resolved');
  assert.deepEqual(s, { re: 1, rt: 0 });
  ending(s, 'pending_handoff');
  assert.equal(s.re, 0);
});

test('the rating box: five labelled buttons, send only after a choice, then thanks and a new conversation', async () => {
  const sent = [];
  let fresh = 0;
  const box = endBox(dom, t, false, async (r, c) => sent.push([r, c]), () => fresh++);
  const stars = [...box.querySelectorAll('.stars button')];
  assert.deepEqual(stars.map((b) => b.getAttribute('aria-label')), ['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
  const send = box.querySelector('.rs');
  assert.equal(send.disabled, true);
  stars[3].click();
  assert.deepEqual(stars.map((b) => b.getAttribute('aria-pressed')), ['false', 'false', 'false', 'true', 'false']);
  box.querySelector('.cmt').value = ' quick and kind ';
  send.click();
  await new Promise((r) => setTimeout(r));
  assert.deepEqual(sent, [[4, 'quick and kind']]);
  assert.equal(box.querySelector('.stars'), null);
  assert.ok(box.textContent.includes(t('thanks')));
  box.querySelector('.nc').click();
  assert.equal(fresh, 1);
});

test('a refused rating keeps the box for another try; an already rated chat shows only thanks and new conversation', async () => {
  const box = endBox(dom, t, false, async () => { throw new Error('409'); }, () => {});
  box.querySelector('.stars button').click();
  box.querySelector('.rs').click();
  await new Promise((r) => setTimeout(r));
  assert.ok(box.querySelector('.stars'));
  assert.equal(box.querySelector('.rs').disabled, false);
  const rated = endBox(dom, translator('ar'), true, async () => {}, () => {});
  assert.equal(rated.querySelector('.stars'), null);
  assert.equal(rated.querySelector('.nc').textContent, 'بدء محادثة جديدة');
});
