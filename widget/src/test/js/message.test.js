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
  for (const e of [{ k: 'me', t: 'hi' }, { k: 'agent', t: 'hello' }, { k: 'bot', src: 'agent', t: 'passed on' },
    { k: 'bot', src: 'handoff', conf: 0.95, mid: 'm', t: 'connecting you' }, { k: 'sys', key: 'resolved' }]) {
    const m = renderMessage(doc, e, t, 'en', actions);
    assert.equal(m.querySelector('.meta, .fb, .chip'), null, JSON.stringify(e));
  }
  const notice = renderMessage(doc, { k: 'sys', key: 'human_active' }, translator('ku'), 'ku', actions);
  assert.equal(notice.className, 'm sys');
  assert.equal(notice.textContent, 'Karmendek beşdarî axaftinê bû');
});

test('"passed to the agent" and "connecting you" are system lines, not the agent\'s words', () => {
  assert.equal(speaker({ k: 'bot', src: 'agent' }), 'sys');
  assert.equal(speaker({ k: 'bot', src: 'handoff' }), 'sys');
  assert.equal(speaker({ k: 'agent' }), 'agent');
  const m = renderMessage(doc, { k: 'bot', src: 'handoff', t: 'I\'m connecting you to an agent now.', conf: 0.95 }, t, 'en', actions);
  assert.equal(m.className, 'm sys');
  assert.equal(m.textContent, 'I\'m connecting you to an agent now.', 'no confidence, no speaker label');
});

test('an out-of-scope refusal names no source or confidence and offers a person', () => {
  clicks.length = 0;
  const e = { k: 'bot', src: 'fallback', conf: 0.7, mid: 'm2', t: 'Sorry, that is outside what I can help with.' };
  assert.deepEqual(chips(e, t, 'en'), []);
  const m = renderMessage(doc, e, t, 'en', { ...actions, human: () => clicks.push(['human']) });
  assert.equal(m.querySelector('.chip.src, .chip.conf'), null);
  const person = m.querySelector('button.chip.hp');
  assert.equal(person.textContent, 'Talk to a person');
  person.click();
  assert.deepEqual(clicks, [['human']]);
});

test('after a thumbs down the widget asks first: a person, or rephrase', () => {
  const asked = [];
  const act = { ...actions, ask: (e, yes) => asked.push(yes) };
  const m = renderMessage(doc, { k: 'ask' }, translator('ar'), 'ar', act);
  assert.equal(m.className, 'm sys');
  const [yes, no] = m.querySelectorAll('button');
  assert.equal(m.firstChild.textContent, 'هل تريد أن يساعدك موظف؟');
  assert.deepEqual([yes.textContent, no.textContent], ['التحدث مع موظف', 'لا، سأعيد الصياغة']);
  no.click(); yes.click();
  assert.deepEqual(asked, [false, true]);
  assert.equal(renderMessage(doc, { k: 'ask', done: 1 }, t, 'en', act).querySelector('button'), null, 'answered: no buttons');
});

test('each answer is laid out in its own language\'s direction, whatever the interface', () => {
  const en = renderMessage(doc, { k: 'bot', src: 'rules', t: 'Yes, 5G is coming soon.', lang: 'en' }, translator('ar'), 'ar', actions);
  assert.deepEqual([en.querySelector('.tx').lang, en.querySelector('.tx').dir], ['en', 'ltr']);
  assert.equal(en.querySelector('.chip.src').textContent, 'المصدر: القواعد', 'the chips stay in the interface language');
  const ar = renderMessage(doc, { k: 'bot', src: 'tree', ti: 'الباقات', t: 'نص', lang: 'ar' }, t, 'en', actions);
  assert.deepEqual([ar.querySelector('.tx').dir, ar.querySelector('.ti').dir], ['rtl', 'rtl']);
  assert.equal(renderMessage(doc, { k: 'me', t: 'hello' }, t, 'ar', actions).querySelector('.tx').dir, 'auto',
    'the customer\'s own words: as typed');
});

test('chips name the source in the customer\'s language', () => {
  assert.deepEqual(chips({ src: 'tree' }, translator('ar'), 'ar'), [{ cls: 'src', text: 'المصدر: الدليل' }]);
  assert.deepEqual(chips({ src: 'agent' }, translator('en'), 'en'), [{ cls: 'src', text: 'Source: Agent' }]);
});
