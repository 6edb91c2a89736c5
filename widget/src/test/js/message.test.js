import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { chips, renderMessage, segments, speaker } from '../../main/js/message.js';
import { translator } from '../../main/js/i18n.js';

const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
const t = translator('en');
const clicks = [];
const actions = { rate: (e, r) => clicks.push(['rate', e.mid, r]), article: (id) => clicks.push(['article', id]) };
const XSS = '<img src=x onerror=alert(1)><script>alert(2)</script>';

test('markup in a message is shown as text: no element is made from it', () => {
  for (const k of ['me', 'bot', 'agent']) {
    const m = renderMessage(doc, { k, t: XSS, ti: '<b>title</b>', src: 'rules' }, t, 'en', actions);
    assert.equal(m.querySelector('script, img, b'), null, k);
    assert.equal(m.querySelector('.tx').textContent, XSS);
    assert.ok(m.innerHTML.includes('&lt;script&gt;alert(2)&lt;/script&gt;'), 'escaped in the markup the DOM holds');
  }
});

test('only http(s) URLs become links, opened apart from the page, punctuation left outside', () => {
  const text = 'See https://example.com/help. Not javascript:alert(1) nor ftp://x.org, but http://a.b/c?d=1)';
  const m = renderMessage(doc, { k: 'agent', t: text }, t, 'en', actions);
  const links = [...m.querySelectorAll('a')];
  assert.deepEqual(links.map((a) => a.href), ['https://example.com/help', 'http://a.b/c?d=1']);
  for (const a of links) {
    assert.equal(a.rel, 'noopener noreferrer');
    assert.equal(a.target, '_blank');
  }
  assert.equal(m.querySelector('.tx').textContent, text, 'the text reads the same, links included');
});

test('segments: text runs and links in order', () => {
  assert.deepEqual(segments('a https://x.io/p, b'), [{ text: 'a ' }, { text: 'https://x.io/p', href: 'https://x.io/p' },
    { text: ', b' }]);
  assert.deepEqual(segments('انظر https://x.io/a؟'), [{ text: 'انظر ' }, { text: 'https://x.io/a', href: 'https://x.io/a' },
    { text: '؟' }], 'Arabic punctuation after a link stays text');
  assert.deepEqual(segments(''), []);
});

test('an answer shows its source, confidence, citations and the two feedback buttons', () => {
  const e = { k: 'bot', t: 'Restart the router.', src: 'rag', conf: 0.82, mid: 'm1',
    cites: [{ type: 'article', id: '4', title: 'Slow internet' }, { type: 'document', id: 'h.pdf', title: 'Handbook' }] };
  const m = renderMessage(doc, e, t, 'en', actions);
  assert.equal(m.className, 'm bot');
  assert.equal(m.querySelector('.sr').textContent, 'Assistant: ');
  assert.equal(m.querySelector('.chip.src').textContent, 'Source: Handbook');
  assert.equal(m.querySelector('.chip.conf').textContent, 'Confidence: 82%');
  const cites = [...m.querySelectorAll('.chip.cite')];
  assert.deepEqual(cites.map((c) => [c.tagName, c.textContent]),
    [['BUTTON', 'Reference: Slow internet'], ['SPAN', 'Reference: Handbook']], 'only an article can be opened');
  clicks.length = 0;
  cites[0].click();
  const buttons = [...m.querySelectorAll('.fb button')];
  assert.deepEqual(buttons.map((b) => [b.dataset.r, b.getAttribute('aria-label'), b.getAttribute('aria-pressed')]),
    [['up', 'Helpful answer', 'false'], ['down', 'Not helpful', 'false']]);
  buttons[1].click();
  assert.deepEqual(clicks, [['article', '4'], ['rate', 'm1', 'down']]);
});

test('a rated answer marks its rating, locks both buttons and thanks', () => {
  const m = renderMessage(doc, { k: 'bot', t: 'x', src: 'rules', mid: 'm', r: 'up' }, t, 'ar', actions);
  const [up, down] = m.querySelectorAll('.fb button');
  assert.deepEqual([up.getAttribute('aria-pressed'), down.getAttribute('aria-pressed')], ['true', 'false']);
  assert.deepEqual([up.getAttribute('aria-disabled'), down.getAttribute('aria-disabled')], ['true', 'true']);
  assert.equal(m.querySelector('.fb .thx').textContent, 'Thanks for your feedback');
});

test('the customer, the agent and notices carry no chips or buttons', () => {
  for (const e of [{ k: 'me', t: 'hi' }, { k: 'agent', t: 'hello' }, { k: 'bot', src: 'agent', t: 'passed on' }]) {
    const m = renderMessage(doc, e, t, 'en', actions);
    assert.equal(m.querySelector('.meta, .fb'), null, JSON.stringify(e));
  }
  assert.equal(speaker({ k: 'bot', src: 'agent' }), 'agent', 'a human-held session answers on the agent\'s side');
  const notice = renderMessage(doc, { k: 'sys', key: 'tip' }, translator('ku'), 'ku', actions);
  assert.equal(notice.className, 'm sys');
  assert.equal(notice.textContent, 'Tu dikarî pirsa xwe bi awayekî din binivîsî an bi karmendekî re biaxivî.');
});

test('chips name the source in the customer\'s language', () => {
  assert.deepEqual(chips({ src: 'tree' }, translator('ar'), 'ar'), [{ cls: 'src', text: 'المصدر: الدليل' }]);
  assert.deepEqual(chips({ src: 'agent' }, translator('en'), 'en'), [{ cls: 'src', text: 'Source: Agent' }]);
});
