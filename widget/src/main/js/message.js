/**
 * One transcript entry as DOM. Server and customer text only ever reach the DOM as text nodes, never as markup:
 * "<script>" in a message is shown, not run. Links are built for http(s) URLs only, never parsed from markup.
 */
import { nameRow } from './extras.js';
import { fileNode } from './files.js';
import { isRtl, percent, sourceKey } from './i18n.js';
import { richBox } from './rich.js';

const URL_RE = /https?:\/\/[^\s<>"'`]+/gi;
// punctuation after a URL belongs to the sentence (Arabic ? and , and » as escapes: the bundle stays ASCII)
const TRAILING = /[.,;:!?\u061f\u060c)\]}\u00bb'"]+$/;
const SVG = 'http://www.w3.org/2000/svg';
const THUMB = 'M1 21h4V9H1v12zm22-11a2 2 0 0 0-2-2h-6.3l1-4.9c0-.4-.2-.8-.5-1.1L14.2 1 7.6 7.6C7.2 8 7 8.5 7 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1.2-.7v-2z';

/** The text cut into plain runs {text} and links {text, href}. */
export function segments(text) {
  const out = [];
  let i = 0;
  for (const m of text.matchAll(URL_RE)) {
    const u = m[0].replace(TRAILING, '');
    if (m.index > i) out.push({ text: text.slice(i, m.index) });
    i = m.index + u.length;
    const href = httpHref(u);
    out.push(href ? { text: u, href } : { text: u });
  }
  if (i < text.length) out.push({ text: text.slice(i) });
  return out;
}

function httpHref(u) {
  try {
    const p = new URL(u);
    return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
  } catch {
    return null;
  }
}

/**
 * Who speaks, as the CSS class says it. The server's "passed to the agent" (source agent) and "connecting you"
 * (source handoff) are steps of the handoff, shown as system lines: not the agent's words, nothing to rate.
 */
export const speaker = (e) => (e.k === 'bot' && (e.src === 'agent' || e.src === 'handoff') ? 'sys' : e.k);

/** A refusal or a "no reliable answer": no source or confidence to show, a person to offer instead. */
export const offersPerson = (e) => e.src === 'fallback';

/** The chips under an answer: its source, its confidence and what it cites ({article} makes one a button). */
export function chips(e, t, lang) {
  const out = [];
  if (offersPerson(e)) return out;
  if (e.src) out.push({ cls: 'src', text: t('src') + ': ' + t(sourceKey(e.src)) });
  if (typeof e.conf === 'number') out.push({ cls: 'conf', text: t('conf') + ': ' + percent(lang, e.conf) });
  for (const c of e.cites || []) {
    if (!c.title && c.id == null) continue;
    const chip = { cls: 'cite', text: t('cite') + ': ' + (c.title || c.id) };
    if (c.type === 'article' && c.id != null) chip.article = c.id;
    out.push(chip);
  }
  return out;
}

/** The DOM helpers for one document. */
export function builder(doc) {
  const el = (tag, cls, text) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  };
  const button = (cls, text, onClick) => {
    const b = el('button', cls, text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  };
  return { el, button };
}

/**
 * The entry as an element; actions are {rate(entry, 'up'|'down'), article(id), human(), ask(entry, yes)}. A system
 * line (a handoff step, "would you like a person?") is centred text without chips or feedback; an answer is laid out
 * in its own language's direction, its chips and buttons in the interface's.
 */
export function renderMessage(doc, e, t, lang, actions) {
  const { el, button } = builder(doc);
  const k = speaker(e);
  const m = el('div', 'm ' + k);
  if (k === 'sys' || k === 'ask') {
    m.className = 'm sys';
    m.textContent = e.key ? t(e.key) : k === 'ask' ? t('ask') : e.t;
    if (k === 'ask' && !e.done) m.append(el('br'), button('opt', t('human'), () => actions.ask(e, true)), button('opt', t('rephrase'), () => actions.ask(e, false)));
    return m;
  }
  m.append(el('span', 'sr', t(k) + ': '));
  if (k === 'agent' && e.n) m.append(nameRow(el, e.n)); // the agent's display name and initials (issue 20)
  if (e.f) { // a file sent in the live chat (issue 20)
    m.append(fileNode(doc, e.f));
    return m;
  }
  const box = k === 'bot' ? richBox(doc, String(e.t || ''), (x) => line(doc, x)) : el('span', 'tx');
  if (e.lang) box.lang = e.lang;
  box.dir = e.lang ? (isRtl(e.lang) ? 'rtl' : 'ltr') : 'auto';
  if (k !== 'bot') box.append(line(doc, String(e.t || '')));
  if (e.ti) { const ti = el('strong', 'ti', e.ti); ti.dir = box.dir; m.append(ti); }
  m.append(box);
  if (k !== 'bot') return m;
  const meta = el('div', 'meta');
  for (const c of chips(e, t, lang)) {
    meta.append(c.article != null ? button('chip ' + c.cls, c.text, () => actions.article(c.article))
      : el('span', 'chip ' + c.cls, c.text));
  }
  if (offersPerson(e)) meta.append(button('chip hp', t('human'), actions.human));
  m.append(meta, feedbackRow(doc, e, t, actions.rate));
  return m;
}

/** One line of text with its http(s) URLs as links. */
function line(doc, text) {
  const f = doc.createDocumentFragment();
  for (const s of segments(text)) {
    if (!s.href) {
      f.append(s.text);
      continue;
    }
    const a = doc.createElement('a');
    a.textContent = s.text;
    a.href = s.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    f.append(a);
  }
  return f;
}

/** 👍 and 👎 (inline SVG, not emoji: a system without an emoji font would show boxes), then the thanks once rated. */
export function feedbackRow(doc, e, t, rate) {
  const { el, button } = builder(doc);
  const fb = el('div', 'fb');
  for (const r of ['up', 'down']) {
    const b = button('', null, () => rate(e, r));
    b.append(thumb(doc));
    b.setAttribute('aria-label', t(r));
    b.dataset.r = r;
    // aria-disabled, not disabled: a disabled button drops the keyboard focus that just pressed it
    b.setAttribute('aria-pressed', String(e.r === r));
    b.setAttribute('aria-disabled', String(Boolean(e.r)));
    fb.append(b);
  }
  if (e.r) fb.append(el('span', 'thx', t('thanks')));
  return fb;
}

function thumb(doc) {
  const s = doc.createElementNS(SVG, 'svg');
  const p = doc.createElementNS(SVG, 'path');
  s.setAttribute('viewBox', '0 0 24 24');
  s.setAttribute('aria-hidden', 'true');
  p.setAttribute('d', THUMB);
  s.append(p);
  return s;
}
