/* NURA chat widget.
 * Embed: <script src="https://HOST/widget.js" data-api="https://HOST/v1"></script>
 * Optional: data-lang="ar|ku|en|ckb", data-position="right|left", data-customer-id, data-customer-hash.
 * Plain JS rendered in a Shadow DOM; the only global is window.NuraWidget. This file is the DOM glue: what the
 * widget knows (state, words, the server's contract) lives in the modules it imports. */
import { articleEntry, customerEntry, noticeEntry, replyEntry } from './answers.js';
import { apiBase, call, errorText, sessionLost } from './http.js';
import { addWords, hasWords, isRtl, pickLang, translator } from './i18n.js';
import { CUSTOMER_EVENTS, liveChange, streamUrl } from './live.js';
import { SKELETON, css } from './look.js';
import { builder, feedbackRow, renderMessage } from './message.js';
import { EXTRA_CSS, endBox, ending, throttle } from './extras.js';
import { CSS as FILE_CSS, clip, setBase } from './files.js';
import * as state from './state.js';
import { choice, trail, up } from './topics.js';

const me = document.currentScript || document.querySelector('script[src*="widget.js"]');
const attr = (n) => (me && me.getAttribute('data-' + n)) || '';
const API = apiBase(attr('api'), me && me.src, location.href, document.baseURI);
const HASH = attr('customer-hash') || undefined;
const KEY = 'nura-widget:' + API;

// --- persisted state ---------------------------------------------------------------------
const store = (() => {
  try { localStorage.setItem(KEY + '?', '1'); localStorage.removeItem(KEY + '?'); return localStorage; } catch { return null; }
})();
const S = state.restore(store && store.getItem(KEY), Date.now());
const save = () => { try { if (store) store.setItem(KEY, state.serialize(S, Date.now())); } catch { /* quota: keep going */ } };
const rnd = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
const CID = attr('customer-id') || S.anon || (S.anon = 'web-' + rnd());
let lang = pickLang(S.lang) || pickLang(attr('lang')) || pickLang(document.documentElement.lang) || 'ar';
let t = translator(lang);

// --- DOM ---------------------------------------------------------------------------------
const host = document.createElement('nura-widget');
const root = host.attachShadow({ mode: 'open' });
// eslint-disable-next-line no-restricted-properties -- our constant style sheet and skeleton, no text from outside
root.innerHTML = `<style>${css(attr('position') === 'left' ? 'left' : 'right')}${EXTRA_CSS}${FILE_CSS}</style>` + SKELETON;
const $ = (s) => root.querySelector(s);
const W = $('.w'), panel = $('.panel'), launch = $('.launch'), logEl = $('.log'), sc = $('.scroll'), treeEl = $('.tree'),
  banner = $('.banner'), errEl = $('.err'), form = $('form'), input = $('textarea'), sendB = $('.send'), humanB = $('.human'),
  typing = $('.typing'), tt = $('.tt');
const { el, button } = builder(document);
const api = (path, body) => call(API, path, body);

// Telemetry must never slow or break the chat: no await, errors swallowed.
function track(event_type, o = {}) {
  try {
    fetch(API + '/analytics/click', { method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ session_id: S.sid || null, customer_id: CID, event_type, label: o.label || null,
        meta: Object.assign({ lang }, o.meta), topic_id: o.topic || null, article_id: o.article == null ? null : o.article }) }).catch(() => {});
  } catch { /* ignore */ }
}
const showErr = (e) => { errEl.textContent = errorText(e, t); errEl.hidden = false; };
const clearErr = () => { errEl.hidden = true; };
const who = () => ({ session_id: S.sid || null, session_token: S.tok || null, customer_id: CID, customer_hash: HASH });

// --- transcript --------------------------------------------------------------------------
const actions = { rate: (e, r) => rate(e, r), article: (id) => article(id, null), human: () => human(), ask: (e, y) => ask(e, y) };
const render = (e) => renderMessage(document, e, t, lang, actions);
function add(e) {
  state.append(S, e);
  save();
  const m = render(e); e.node = m; logEl.append(m); reveal(m);
  return e;
}
// Bring the new message's first line into view: long articles are read from the top.
const reveal = (m) => requestAnimationFrame(() => { sc.scrollTop = Math.max(0, m.offsetTop - 8); });
function renderLog() {
  logEl.setAttribute('aria-live', 'off'); // a rebuild is not news: don't re-announce everything
  logEl.textContent = '';
  for (const e of S.log) { e.node = render(e); logEl.append(e.node); }
  setTimeout(() => logEl.setAttribute('aria-live', 'polite'));
}
// Only the feedback row changes after a rating: replacing the whole message would re-announce it.
function repaintFb(e) {
  const old = e.node && e.node.querySelector('.fb');
  if (!old) return;
  const had = old.contains(root.activeElement), fb = feedbackRow(document, e, t, actions.rate);
  old.replaceWith(fb);
  if (had) (fb.querySelector('[aria-pressed=true]') || fb.querySelector('button')).focus();
}
async function rate(e, r) {
  if (e.r) return;
  e.r = r; repaintFb(e); save();
  track('feedback', { label: r, article: e.aid, meta: { message_id: e.mid || null, source: e.src || null } });
  // 👎 hands over only on the customer's yes, on free answers and articles alike (a 👎 alone escalates nothing)
  if (r === 'down' && !state.waiting(S)) add({ k: 'ask' });
  if (!e.mid) return; // articles have no message id
  try {
    await api('/feedback', { session_id: S.sid, session_token: S.tok, message_id: e.mid, rating: r });
    clearErr();
  } catch (er) { e.r = null; repaintFb(e); save(); showErr(er); }
}
function ask(e, yes) {
  e.done = 1; save();
  const m = render(e); e.node.replaceWith(m); e.node = m;
  if (yes) human('bad_feedback'); else input.focus();
}

// --- topic tree --------------------------------------------------------------------------
const trees = {};
let path = [];
async function loadTree() {
  const l = lang;
  if (!trees[l]) {
    try { trees[l] = await api('/topics?lang=' + l); } catch (e) { if (l === lang) showErr(e); return; }
  }
  if (l === lang) drawTree();
}
function drawTree(focus) {
  if (!trees[lang]) return;
  const tr = trail(trees[lang], path), cur = tr.nodes[tr.nodes.length - 1];
  path = tr.path;
  treeEl.textContent = '';
  treeEl.setAttribute('aria-label', t('topics'));
  treeEl.append(el('div', 'tq', cur.label || t('topics'))); // labels are in the interface language: its direction
  if (path.length) treeEl.append(button('opt bk', (isRtl(lang) ? '→ ' : '← ') + t('back'), () => { path = up(path); drawTree(true); }));
  for (const n of cur.children) {
    const b = button('opt', n.label, () => choose(n)); b.dataset.id = n.id; treeEl.append(b);
  }
  // Keyboard users lose focus when the clicked button is replaced: put it on the first option.
  if (focus) { const f = treeEl.querySelector('.opt:not(.bk)') || treeEl.querySelector('.opt'); if (f) f.focus(); }
}
function choose(n) {
  track('tree_click', { label: n.label, topic: n.id, article: n.article_id });
  const c = choice(n);
  if (c.open) { path = [...path, c.open]; drawTree(true); return; }
  if (c.article != null) { add(customerEntry(n.label)); article(c.article, n.id); }
}
async function article(id, topic) {
  clearErr(); busy(true);
  try {
    const a = await api('/articles/' + encodeURIComponent(id) + '?lang=' + lang);
    add(articleEntry(a));
    track('article_view', { label: a.title, topic, article: a.id });
  } catch (e) { showErr(e); } finally { busy(false); }
}

// --- free text and the button ------------------------------------------------------------
let pending = 0;
function busy(on) { pending += on ? 1 : -1; typing.hidden = pending <= 0; sendB.disabled = pending > 0; }
async function send(text) {
  clearErr();
  if (S.re) { S.re = 0; drawEnd(); } // writing again after "resolved": the customer moved on, the rating box goes
  const e = add(customerEntry(text));
  input.value = '';
  busy(true);
  // the interface language is a hint: the server answers in the message's own language when it can tell
  const body = () => Object.assign(who(), { channel: 'web', message: text, lang_hint: lang });
  try {
    let r;
    try { r = await api('/message', body()); } catch (er) {
      // A forgotten or expired session must not trap the customer: retry once with a new one.
      if (!S.sid || !sessionLost(er)) throw er;
      state.forgetSession(S); r = await api('/message', body());
    }
    state.adoptSession(S, r);
    // "passed to the agent" once per handoff, not after every message
    if (r.source !== 'agent' || !S.sent) add(replyEntry(r));
    S.sent = r.source === 'agent';
    // a bot answer after "resolved" is the bot's conversation again; "connecting you" already says what pending says
    setStatus(r.handoff_status === 'resolved' && r.source !== 'agent' ? 'bot' : r.handoff_status, r.source === 'handoff');
  } catch (er) {
    // Keep what the customer typed: take the bubble back and refill the box.
    state.withdraw(S, e); e.node.remove(); save();
    if (!input.value) input.value = text;
    showErr(er);
  } finally { busy(false); }
}
async function human(reason = 'direct_button') {
  track('handoff_button');
  clearErr(); humanB.disabled = true;
  try {
    const r = await api('/handoff/direct', Object.assign(who(), { channel: 'web', reason }));
    state.adoptSession(S, r);
    setStatus(r.handoff_status);
  } catch (e) { showErr(e); } finally { humanB.disabled = false; }
}

// --- handoff status and the live stream --------------------------------------------------
// Each step of a handoff is one system line in the transcript, when it happens (quiet: already said otherwise).
function setStatus(s, quiet) {
  if (state.setStatus(S, s)) { S.sent = 0; ending(S, s); if (!quiet && s !== 'bot') add(noticeEntry(s)); save(); }
  drawStatus(); drawEnd(); stream();
}
let treeOpen = false;
function drawStatus() {
  const key = state.bannerKey(S), live = state.waiting(S);
  banner.hidden = !key; banner.className = 'banner ' + (key || '');
  banner.textContent = key ? t(key) : '';
  humanB.hidden = live;
  files.show(state.currentStatus(S) === 'human_active');
  // during a live chat the tree folds away behind one "topics" button
  tt.hidden = !live; treeEl.hidden = live && !treeOpen;
  tt.setAttribute('aria-expanded', String(!treeEl.hidden));
}
let es = null, esTimer = 0, esDelay = 1000;
function stream() {
  if (!state.wantsStream(S)) { if (es) es.close(); es = null; clearTimeout(esTimer); esTimer = 0; return; }
  if (es || esTimer) return;
  es = new EventSource(streamUrl(API, S)); // the browser itself sends Last-Event-ID on its own reconnects
  for (const n of CUSTOMER_EVENTS) es.addEventListener(n, onEvent);
  es.onopen = () => { esDelay = 1000; };
  es.onerror = () => {
    // The browser retries by itself unless the answer was fatal (CLOSED): then back off and reopen.
    if (!es || es.readyState !== EventSource.CLOSED) return;
    es.close(); es = null;
    esTimer = setTimeout(() => { esTimer = 0; stream(); }, esDelay);
    esDelay = Math.min(esDelay * 2, 30000);
  };
}
function onEvent(ev) {
  const change = liveChange(S, ev.type, ev.lastEventId, ev.data);
  if (!change) { save(); return; }
  if (change.typing != null) { agentTyping(change.typing); return; }
  if (change.agent) S.an = change.agent; // who holds the chat, for the "agent joined" line
  if (change.entry) { stopTyping(); add(change.entry); if (panel.hidden) badge(unread + 1); } else save();
  if (change.status) setStatus(change.status);
}

// --- live extras (extras.js): the agent typing, the customer typing, the end-of-chat rating ----------
let endEl = null, typingT = 0;
function agentTyping(name) {
  clearTimeout(typingT);
  typing.textContent = (name ? name + ' ' : '') + t('typing'); typing.hidden = false;
  typingT = setTimeout(stopTyping, 4000); // shown until a message or ~4 s without a new signal
}
function stopTyping() { clearTimeout(typingT); typing.textContent = t('typing'); typing.hidden = pending <= 0; }
const sidPath = (p) => '/session/' + encodeURIComponent(S.sid) + p;
const typed = throttle(() => {
  if (state.currentStatus(S) === 'human_active' && S.tok) api(sidPath('/typing'), { session_token: S.tok }).catch(() => {});
}, 2000);
function drawEnd() {
  if (endEl) endEl.remove();
  endEl = S.re && state.currentStatus(S) === 'resolved' ? endBox({ el, button }, t, S.rt, rateChat, fresh) : null;
  if (endEl) logEl.after(endEl);
}
async function rateChat(rating, comment) {
  try {
    await api(sidPath('/rating'), { session_token: S.tok, rating, comment: comment || undefined });
  } catch (e) { if (e.code !== 'already_rated') { showErr(e); throw e; } }
  S.rt = 1; save(); clearErr();
}
// A new conversation: a new session on the next message; the language and the panel stay as they are.
function fresh() {
  state.forgetSession(S); S.log = []; S.hs = S.re = S.rt = S.an = undefined; save();
  clearErr(); drawStatus(); renderLog(); drawEnd(); stream(); input.focus();
}

// --- open / close / language -------------------------------------------------------------
// Kurmanji and Sorani words come as a pack beside widget.js (build.js); English shows until it has arrived
const asked = {};
function fetchWords(l) {
  const src = (me && me.src) || '';
  if (asked[l] || !/widget\.js(\?.*)?$/.test(src)) return;
  asked[l] = 1;
  const s = document.createElement('script');
  s.src = src.replace(/widget\.js(\?.*)?$/, 'widget-words-' + l + '.js');
  s.async = true;
  (document.head || document.documentElement).appendChild(s);
}
// Unread agent messages while the panel is closed: a count on the launcher and in the page's title.
let unread = 0;
function badge(n) {
  const bare = unread ? document.title.replace(/^\(\d+\) /, '') : document.title; // the page's own title
  document.title = n ? '(' + n + ') ' + bare : bare;
  unread = launch.dataset.n = n;
}
let locked = null; // the page's own overflow while a full-screen panel covers it
function applyLang() {
  if (!hasWords(lang)) fetchWords(lang);
  t = translator(lang);
  W.lang = lang; W.dir = isRtl(lang) ? 'rtl' : 'ltr';
  $('h2').textContent = t('title');
  $('.langs').setAttribute('aria-label', t('langs'));
  for (const b of root.querySelectorAll('[data-l]')) b.setAttribute('aria-pressed', String(b.dataset.l === lang));
  $('.x').setAttribute('aria-label', t('close'));
  launch.setAttribute('aria-label', t(S.open ? 'close' : 'open'));
  logEl.setAttribute('aria-label', t('log'));
  input.placeholder = t('ph'); input.setAttribute('aria-label', t('input'));
  files.label(lang); sendB.textContent = t('send'); humanB.textContent = t('human'); typing.textContent = t('typing');
  tt.textContent = t('topics');
  drawStatus(); renderLog(); drawEnd();
  if (!panel.hidden) loadTree();
}
function setLang(l) {
  l = pickLang(l); if (!l || l === lang) return;
  lang = S.lang = l; save(); clearErr(); applyLang();
}
function open(v, quiet) {
  v = Boolean(v);
  if (v === !panel.hidden) return;
  S.open = v; save();
  panel.hidden = !v; W.classList.toggle('open', v);
  launch.setAttribute('aria-expanded', String(v));
  launch.setAttribute('aria-label', t(v ? 'close' : 'open'));
  if (!quiet) track(v ? 'open' : 'close');
  // the page behind a full-screen panel (phones) must not scroll
  if (v ? matchMedia('(max-width:520px)').matches : locked != null) {
    const st = document.documentElement.style;
    [st.overflow, locked] = v ? ['hidden', st.overflow] : [locked, null];
  }
  if (!v) { if (!quiet) launch.focus(); return; }
  if (unread) badge(0);
  loadTree(); freshFiles();
  const last = S.log.length && S.log[S.log.length - 1].node; // reopen where the conversation stopped
  if (last) reveal(last);
  // Typing focus where a keyboard is at hand; on touch screens the heading, so no keyboard pops up.
  if (!quiet) (matchMedia('(pointer: fine)').matches ? input : $('h2')).focus();
}

launch.addEventListener('click', () => open(panel.hidden));
$('.x').addEventListener('click', () => open(false));
for (const b of root.querySelectorAll('[data-l]')) b.addEventListener('click', () => setLang(b.dataset.l));
humanB.addEventListener('click', () => human());
tt.addEventListener('click', () => { treeOpen = !treeOpen; drawStatus(); if (treeOpen) loadTree(); });
const submit = () => { const v = input.value.trim(); if (v && pending <= 0) send(v); };
form.addEventListener('submit', (e) => { e.preventDefault(); submit(); });
// Enter sends, Shift+Enter breaks the line; never while an IME is composing a word.
input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); } });
input.addEventListener('input', clearErr);
input.addEventListener('input', typed);
root.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !panel.hidden) { e.stopPropagation(); open(false); } });

// Files in a live chat (files.js): the paperclip beside Send; restored links are renewed when they expire.
setBase(API);
const files = clip({ doc: document, form, before: sendB, call: api, S, add, busy, fail: showErr,
  say: (m) => { errEl.textContent = m; errEl.hidden = false; } });
const freshFiles = () => files.refresh().then((c) => { if (c) { save(); renderLog(); } });

function mount() {
  (document.body || document.documentElement).appendChild(host);
  applyLang(); stream();
  if (S.open) open(true, true); // a reload keeps the panel as the customer left it
}
// A second script tag must not mount a second widget.
if (!window.NuraWidget) {
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
  window.NuraWidget = Object.freeze({ version: '1.1', open: () => open(true), close: () => open(false), setLang,
    words: (l, w) => { if (addWords(l, w) && l === lang) applyLang(); } });
}
