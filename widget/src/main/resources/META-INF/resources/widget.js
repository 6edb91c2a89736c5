/* NURA chat widget.
 * Embed: <script src="https://HOST/widget.js" data-api="https://HOST/v1"></script>
 * Optional: data-lang="ar|ku|en", data-position="right|left", data-customer-id, data-customer-hash.
 * Plain JS in one IIFE, rendered in a Shadow DOM; the only global is window.NuraWidget.
 * Rule: server and customer text only ever reaches the DOM as text nodes (never innerHTML). */
(() => {
  'use strict';
  if (window.NuraWidget) return; // a second script tag must not mount a second widget

  const me = document.currentScript || document.querySelector('script[src*="widget.js"]');
  const attr = (n) => (me && me.getAttribute('data-' + n)) || '';
  // data-api is written in the host page, so a relative value is read like any page URL;
  // without it the API lives beside the script (the server that serves widget.js).
  const API = new URL(attr('api') || new URL('/v1', (me && me.src) || location.href).href, document.baseURI)
    .href.replace(/\/+$/, '');
  const HASH = attr('customer-hash') || undefined;
  const LEFT = attr('position') === 'left';
  const KEY = 'nura-widget:' + API;
  const TTL = 24 * 3600e3; // an idle conversation is forgotten after a day
  const WAIT = ['pending_handoff', 'human_active'];

  const T = {
    ar: {
      title: 'مساعد الدعم', open: 'فتح نافذة الدعم', close: 'إغلاق نافذة الدعم', langs: 'اللغة',
      ph: 'اكتب سؤالك…', input: 'رسالتك', send: 'إرسال', human: 'التحدث مع موظف', back: 'رجوع',
      topics: 'المواضيع', log: 'المحادثة', up: 'إجابة مفيدة', down: 'إجابة غير مفيدة', thanks: 'شكراً لملاحظتك',
      me: 'أنت', bot: 'المساعد', agent: 'موظف الدعم', conf: 'الثقة', src: 'المصدر', cite: 'مرجع', typing: 'يكتب…',
      pending_handoff: 'بانتظار انضمام موظف الدعم…', human_active: 'انضم موظف الدعم إلى المحادثة', resolved: 'تم حل المحادثة',
      tip: 'يمكنك إعادة صياغة سؤالك أو التحدث مع موظف.', eNet: 'تعذّر الاتصال بالخادم. حاول مرة أخرى.',
      eBusy: 'طلبات كثيرة، انتظر قليلاً ثم حاول.', eGen: 'حدث خطأ، حاول مرة أخرى.',
      tree: 'الدليل', rules: 'القواعد', local: 'بحث محلي', rag: 'دليل المعرفة', openai: 'ذكاء اصطناعي',
      agentS: 'موظف', handoff: 'تحويل لموظف', fallback: 'رد احتياطي'
    },
    ku: {
      title: 'Alîkarê piştgiriyê', open: 'Paceya piştgiriyê veke', close: 'Paceya piştgiriyê bigire', langs: 'Ziman',
      ph: 'Pirsa xwe binivîse…', input: 'Peyama te', send: 'Bişîne', human: 'Bi karmendekî re biaxive', back: 'Vegere',
      topics: 'Mijar', log: 'Axaftin', up: 'Bersiv bikêr bû', down: 'Bersiv bikêr nebû', thanks: 'Spas ji bo nerîna te',
      me: 'Tu', bot: 'Alîkar', agent: 'Karmend', conf: 'Bawerî', src: 'Çavkanî', cite: 'Referans', typing: 'Dinivîse…',
      pending_handoff: 'Li benda karmendekî…', human_active: 'Karmendek beşdarî axaftinê bû', resolved: 'Axaftin hat çareserkirin',
      tip: 'Tu dikarî pirsa xwe bi awayekî din binivîsî an bi karmendekî re biaxivî.', eNet: 'Girêdana bi serverê re nebû. Dîsa biceribîne.',
      eBusy: 'Gelek daxwaz. Hinekî bisekine û dîsa biceribîne.', eGen: 'Çewtiyek çêbû. Dîsa biceribîne.',
      tree: 'Rêber', rules: 'Rêzik', local: 'Lêgerîna herêmî', rag: 'Pirtûka zanînê', openai: 'AI',
      agentS: 'Karmend', handoff: 'Veguhastin', fallback: 'Bersiva giştî'
    },
    en: {
      title: 'Support assistant', open: 'Open support chat', close: 'Close support chat', langs: 'Language',
      ph: 'Type your question…', input: 'Your message', send: 'Send', human: 'Talk to a person', back: 'Back',
      topics: 'Topics', log: 'Conversation', up: 'Helpful answer', down: 'Not helpful', thanks: 'Thanks for your feedback',
      me: 'You', bot: 'Assistant', agent: 'Support agent', conf: 'Confidence', src: 'Source', cite: 'Reference', typing: 'Typing…',
      pending_handoff: 'Waiting for a support agent…', human_active: 'A support agent joined the chat', resolved: 'Conversation resolved',
      tip: 'You can rephrase your question or talk to a person.', eNet: 'Cannot reach the server. Please try again.',
      eBusy: 'Too many requests. Wait a moment and try again.', eGen: 'Something went wrong. Please try again.',
      tree: 'Guided', rules: 'Rules', local: 'Local match', rag: 'Handbook', openai: 'AI',
      agentS: 'Agent', handoff: 'Handoff', fallback: 'Fallback'
    }
  };
  const SRC = { agent: 'agentS' }; // source ids whose label key differs from the id

  // --- persisted state: survives reloads so the conversation goes on ---------------------
  const store = (() => { try { localStorage.setItem(KEY + '?', '1'); localStorage.removeItem(KEY + '?'); return localStorage; } catch (e) { return null; } })();
  let S = null;
  try { S = JSON.parse((store && store.getItem(KEY)) || 'null'); } catch (e) { /* corrupt: start over */ }
  if (!S || S.v !== 1 || Date.now() - S.at > TTL) S = { v: 1, log: [], ev: [] };
  // DOM nodes hang off transcript entries at run time; they are never persisted.
  const save = () => { S.at = Date.now(); try { store && store.setItem(KEY, JSON.stringify(S, (k, v) => (k === 'node' ? undefined : v))); } catch (e) { /* quota: keep going */ } };
  const rnd = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  const CID = attr('customer-id') || S.anon || (S.anon = 'web-' + rnd());
  const pick = (v) => { v = String(v || '').toLowerCase(); return v.startsWith('ar') ? 'ar' : /^(ku|kmr)/.test(v) ? 'ku' : v.startsWith('en') ? 'en' : ''; };
  let lang = pick(S.lang) || pick(attr('lang')) || pick(document.documentElement.lang) || 'ar';
  const t = (k) => T[lang][k] || T.en[k] || k;

  // --- DOM: a static skeleton (our own constant markup); dynamic text goes in via textContent ---
  const CSS = `:host{all:initial!important}
:where(.w,.w *){box-sizing:border-box;margin:0;padding:0;border:0;background:none;font:inherit;color:inherit;text-align:start;letter-spacing:normal;text-transform:none;float:none}
.w{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Tahoma,"Noto Sans Arabic",Arial,sans-serif;color:#1d2329;-webkit-text-size-adjust:100%}
[hidden]{display:none!important}
button{cursor:pointer;border-radius:8px}button:disabled{cursor:default;opacity:.55}
:focus-visible{outline:3px solid #f2a900!important;outline-offset:2px}
.launch{position:fixed;bottom:20px;${LEFT ? 'left' : 'right'}:20px;z-index:2147483000;width:58px;height:58px;border-radius:50%;background:#0e6e68;color:#fff;display:grid;place-items:center;box-shadow:0 4px 14px rgba(0,0,0,.28)}
.launch svg{width:28px;height:28px;fill:currentColor;display:block}
.panel{position:fixed;bottom:90px;${LEFT ? 'left' : 'right'}:20px;z-index:2147483001;width:380px;height:min(620px,calc(100vh - 110px));display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden}
header{display:flex;align-items:center;gap:6px;padding:10px 12px;background:#0e6e68;color:#fff}
h2{flex:1;font-size:17px;font-weight:700}h2:focus{outline:0!important}
.langs{display:flex;gap:2px}.langs button,.x{min-width:34px;height:34px;padding:0 6px;color:#fff;font-size:14px}
.langs button[aria-pressed=true]{background:rgba(255,255,255,.25);font-weight:700}.x{font-size:22px;line-height:1}
.banner{padding:8px 12px;font-size:14px;background:#fff4d6;color:#5c4400;display:block}.banner.human_active{background:#dff5e6;color:#14532d}.banner.resolved{background:#e7edf3;color:#263545}
.scroll{flex:1;overflow-y:auto;padding:12px;position:relative;background:#f4f6f8;overscroll-behavior:contain}
.log{display:flex;flex-direction:column;gap:8px}
.m{max-width:88%;padding:8px 11px;border-radius:12px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08);display:block}
.m.me{align-self:flex-end;background:#0e6e68;color:#fff}.m.agent{background:#e6f0ff}.m.sys{align-self:center;background:#e7edf3;font-size:14px}
.tx{white-space:pre-wrap;overflow-wrap:anywhere;display:block}.ti{font-weight:700;display:block;margin-bottom:2px}
a{color:#0b57d0;text-decoration:underline}.me a{color:#fff}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.meta{display:flex;flex-wrap:wrap;gap:4px;margin-top:6px;font-size:12px;align-items:center}
.chip{padding:1px 8px;border-radius:10px;background:#eef1f4;color:#34414e;border:1px solid #d5dbe1;font-size:12px}
button.chip{color:#0b57d0}
.fb{display:flex;gap:4px;margin-top:4px;align-items:center;font-size:12px;color:#52606d}
.fb button{width:34px;height:30px;background:#f0f2f4;color:#52606d;display:grid;place-items:center}.fb svg{width:16px;height:16px;fill:currentColor;display:block}.fb [data-r=down] svg{transform:rotate(180deg)}.fb [aria-disabled=true]{cursor:default}.fb [aria-disabled=true]:not([aria-pressed=true]){opacity:.45}.fb button[aria-pressed=true]{background:#cfe8e6;color:#0e6e68;opacity:1}
.tree{margin-top:12px;display:flex;flex-direction:column;gap:6px}.tq{font-weight:700;font-size:15px;color:#34414e}
.opt{padding:8px 12px;background:#fff;border:1px solid #b9d7d5;color:#0e524e;border-radius:18px;display:block;width:100%}
.opt.bk{border-style:dashed;color:#52606d}
.typing{margin-top:8px;color:#52606d;font-size:14px;display:block}
.err{padding:6px 12px;background:#fdecea;color:#8a1c13;font-size:14px;display:block}
form{display:flex;gap:6px;padding:8px;border-top:1px solid #e3e7eb;background:#fff}
textarea{flex:1;resize:none;height:46px;overflow-y:auto;padding:10px;border:1px solid #c5ccd3;border-radius:10px;background:#fff;font-size:16px;display:block}
.send{padding:0 14px;background:#0e6e68;color:#fff;font-weight:700}
.human{margin:0 8px 8px;padding:8px;background:#eef1f4;color:#0e524e;font-weight:600;font-size:14px;display:block}
@media (max-width:520px){.panel{inset:0;width:auto;height:auto;border-radius:0}.open .launch{display:none}}`;
  const host = document.createElement('nura-widget');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${CSS}</style><div class="w">
<button type="button" class="launch" aria-controls="p" aria-expanded="false"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg></button>
<section class="panel" id="p" role="dialog" aria-labelledby="h" hidden><header><h2 id="h" tabindex="-1"></h2>
<div class="langs" role="group"><button type="button" data-l="ar" lang="ar" aria-label="العربية">ع</button><button type="button" data-l="ku" lang="ku" aria-label="Kurmancî">Ku</button><button type="button" data-l="en" lang="en" aria-label="English">En</button></div>
<button type="button" class="x">×</button></header><div class="banner" role="status" hidden></div>
<div class="scroll"><div class="log" role="log" aria-live="polite"></div><div class="typing" hidden></div><nav class="tree"></nav></div>
<p class="err" role="alert" hidden></p><form><textarea maxlength="2000" rows="1"></textarea><button class="send" type="submit"></button></form>
<button type="button" class="human"></button></section></div>`;
  const $ = (s) => root.querySelector(s);
  const W = $('.w'), panel = $('.panel'), launch = $('.launch'), logEl = $('.log'), sc = $('.scroll'), treeEl = $('.tree'),
    banner = $('.banner'), errEl = $('.err'), form = $('form'), input = $('textarea'), sendB = $('.send'), humanB = $('.human'), typing = $('.typing');
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = String(text); return e; };
  // Icons are inline SVG, not emoji: a system without an emoji font would show empty boxes.
  const thumb = () => {
    const ns = 'http://www.w3.org/2000/svg', s = document.createElementNS(ns, 'svg'), p = document.createElementNS(ns, 'path');
    s.setAttribute('viewBox', '0 0 24 24'); s.setAttribute('aria-hidden', 'true');
    p.setAttribute('d', 'M1 21h4V9H1v12zm22-11a2 2 0 0 0-2-2h-6.3l1-4.9c0-.4-.2-.8-.5-1.1L14.2 1 7.6 7.6C7.2 8 7 8.5 7 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1.2-.7v-2z');
    s.append(p); return s;
  };
  const btn = (cls, text, fn) => { const b = el('button', cls, text); b.type = 'button'; b.addEventListener('click', fn); return b; };

  // URLs in text become anchors only for http(s); the anchor is built, never parsed from markup.
  const URL_RE = /https?:\/\/[^\s<>"'`]+/gi;
  function linkify(box, text) {
    let i = 0;
    for (const m of text.matchAll(URL_RE)) {
      const u = m[0].replace(/[.,;:!?؟،)\]}»'"]+$/, '');
      box.append(text.slice(i, m.index));
      i = m.index + u.length;
      let href = null;
      try { const p = new URL(u); if (p.protocol === 'http:' || p.protocol === 'https:') href = p.href; } catch (e) { /* stays text */ }
      if (!href) { box.append(u); continue; }
      const a = el('a', '', u);
      a.href = href; a.target = '_blank'; a.rel = 'noopener noreferrer';
      box.append(a);
    }
    box.append(text.slice(i));
  }

  // --- HTTP ------------------------------------------------------------------------------
  async function api(path, body) {
    const ctl = new AbortController(), timer = setTimeout(() => ctl.abort(), 30000);
    let res, data = null;
    try {
      res = await fetch(API + path, body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: ctl.signal } : { signal: ctl.signal });
      data = await res.json().catch(() => null);
    } catch (e) {
      throw Object.assign(new Error('network'), { code: 'network' });
    } finally { clearTimeout(timer); }
    if (!res.ok) {
      const er = (data && data.error) || {};
      throw Object.assign(new Error(er.message || String(res.status)), { status: res.status, code: er.code, rid: er.request_id });
    }
    return data || {};
  }
  // Telemetry must never slow or break the chat: no await, errors swallowed.
  function track(event_type, o = {}) {
    try {
      fetch(API + '/analytics/click', { method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ session_id: S.sid || null, customer_id: CID, event_type, label: o.label || null,
          meta: Object.assign({ lang }, o.meta), topic_id: o.topic || null, article_id: o.article == null ? null : o.article }) }).catch(() => {});
    } catch (e) { /* ignore */ }
  }
  function showErr(e) {
    const k = e.code === 'network' ? 'eNet' : e.status === 429 ? 'eBusy' : 'eGen';
    errEl.textContent = t(k) + (e.rid ? ' (' + String(e.rid).slice(0, 8) + ')' : '');
    errEl.hidden = false;
  }
  const clearErr = () => { errEl.hidden = true; };
  const who = () => ({ session_id: S.sid || null, session_token: S.tok || null, customer_id: CID, customer_hash: HASH });
  function setSession(r) { if (r && r.session_id) { S.sid = r.session_id; if (r.session_token) S.tok = r.session_token; } }

  // --- transcript ------------------------------------------------------------------------
  const srcKey = (s) => SRC[s] || s;
  function pct(c) { try { return new Intl.NumberFormat(lang === 'ku' ? 'en' : lang, { style: 'percent' }).format(c); } catch (e) { return Math.round(c * 100) + '%'; } }
  function render(e) {
    const k = e.k === 'bot' && e.src === 'agent' ? 'agent' : e.k;
    const m = el('div', 'm ' + k);
    if (k === 'sys') { m.textContent = t(e.key); return m; }
    m.append(el('span', 'sr', t(k) + ': '));
    if (e.ti) m.append(el('strong', 'ti', e.ti));
    const tx = el('span', 'tx'); tx.dir = 'auto'; linkify(tx, String(e.t || '')); m.append(tx);
    if (k !== 'bot') return m;
    const meta = el('div', 'meta');
    if (e.src) meta.append(el('span', 'chip src', t('src') + ': ' + t(srcKey(e.src))));
    if (typeof e.conf === 'number') meta.append(el('span', 'chip conf', t('conf') + ': ' + pct(e.conf)));
    for (const c of e.cites || []) {
      if (!c || !(c.title || c.id != null)) continue;
      const label = t('cite') + ': ' + (c.title || c.id);
      meta.append(c.type === 'article' && c.id != null
        ? btn('chip cite', label, () => article(c.id, null))
        : el('span', 'chip cite', label));
    }
    m.append(meta, fbBox(e));
    return m;
  }
  function fbBox(e) {
    const fb = el('div', 'fb');
    for (const r of ['up', 'down']) {
      const b = btn('', null, () => rate(e, r));
      b.append(thumb());
      b.setAttribute('aria-label', t(r)); b.dataset.r = r;
      // aria-disabled, not disabled: a disabled button drops the keyboard focus that just pressed it
      b.setAttribute('aria-pressed', String(e.r === r)); b.setAttribute('aria-disabled', String(!!e.r));
      fb.append(b);
    }
    if (e.r) fb.append(el('span', 'thx', t('thanks')));
    return fb;
  }
  // Only the feedback row changes after a rating: replacing the whole message would re-announce it.
  function repaintFb(e) {
    const old = e.node && e.node.querySelector('.fb');
    if (!old) return;
    const had = old.contains(root.activeElement), fb = fbBox(e);
    old.replaceWith(fb);
    if (had) (fb.querySelector('[aria-pressed=true]') || fb.querySelector('button')).focus();
  }
  function add(e) {
    S.log.push(e); if (S.log.length > 80) S.log.splice(0, S.log.length - 80);
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

  async function rate(e, r) {
    if (e.r) return;
    e.r = r; repaintFb(e); save();
    track('feedback', { label: r, article: e.aid, meta: { message_id: e.mid || null, source: e.src || null } });
    if (!e.mid) { if (r === 'down') add({ k: 'sys', key: 'tip' }); return; } // tree articles have no message id
    try {
      const x = await api('/feedback', { session_id: S.sid, session_token: S.tok, message_id: e.mid, rating: r });
      clearErr();
      if (x.escalated) setHs(x.handoff_status || 'pending_handoff');
    } catch (er) { e.r = null; repaintFb(e); save(); showErr(er); }
  }

  // --- topic tree ------------------------------------------------------------------------
  const trees = {};
  let path = [];
  const label = (n) => (n.label && typeof n.label === 'object' ? n.label[lang] || n.label.en || Object.values(n.label)[0] : n.label || n.title || n.id);
  const artId = (n) => (n.article_id != null ? n.article_id : n.article != null ? n.article : null);
  const norm = (d) => (Array.isArray(d) ? { id: 'root', children: d } : d && (d.tree || d.root) ? norm(d.tree || d.root) : d || {});
  async function loadTree() {
    const l = lang;
    if (!trees[l]) {
      try { trees[l] = norm(await api('/topics?lang=' + l)); } catch (e) { if (l === lang) showErr(e); return; }
    }
    if (l === lang) drawTree();
  }
  function trail() { // nodes from the root to the current one; drops ids that no longer exist
    const out = [trees[lang]];
    for (const id of path) { const n = (out[out.length - 1].children || []).find((c) => c.id === id); if (!n) break; out.push(n); }
    path = out.slice(1).map((n) => n.id);
    return out;
  }
  function drawTree(focus) {
    if (!trees[lang]) return;
    const tr = trail(), cur = tr[tr.length - 1];
    treeEl.textContent = '';
    treeEl.setAttribute('aria-label', t('topics'));
    const q = el('div', 'tq', label(cur) || t('topics')); q.dir = 'auto'; treeEl.append(q);
    if (path.length) treeEl.append(btn('opt bk', (lang === 'ar' ? '→ ' : '← ') + t('back'), () => { path.pop(); drawTree(true); }));
    for (const n of cur.children || []) {
      const b = btn('opt', label(n), () => choose(n)); b.dir = 'auto'; b.dataset.id = n.id; treeEl.append(b);
    }
    // Keyboard users lose focus when the clicked button is replaced: put it on the first option.
    if (focus) { const f = treeEl.querySelector('.opt:not(.bk)') || treeEl.querySelector('.opt'); if (f) f.focus(); }
  }
  function choose(n) {
    track('tree_click', { label: label(n), topic: n.id, article: artId(n) });
    if (n.children && n.children.length) { path.push(n.id); drawTree(true); return; }
    const a = artId(n);
    if (a != null) { add({ k: 'me', t: label(n) }); article(a, n.id); }
  }
  async function article(id, topic) {
    clearErr(); busy(true);
    try {
      const a = await api('/articles/' + encodeURIComponent(id) + '?lang=' + lang);
      const aid = a.id != null ? a.id : id;
      add({ k: 'bot', ti: a.title, t: a.body, src: 'tree', aid, cites: [{ type: 'article', id: aid, title: a.title }] });
      track('article_view', { label: a.title, topic, article: aid });
    } catch (e) { showErr(e); } finally { busy(false); }
  }

  // --- free text -------------------------------------------------------------------------
  let pending = 0;
  function busy(on) { pending += on ? 1 : -1; typing.hidden = pending <= 0; sendB.disabled = pending > 0; }
  async function send(text) {
    clearErr();
    const e = add({ k: 'me', t: text });
    input.value = '';
    busy(true);
    const body = () => Object.assign(who(), { channel: 'web', message: text, lang });
    try {
      let r;
      try { r = await api('/message', body()); } catch (er) {
        // A forgotten or expired session must not trap the customer: retry once with a new one.
        if (!S.sid || ![401, 403, 404].includes(er.status)) throw er;
        S.sid = S.tok = null; r = await api('/message', body());
      }
      setSession(r);
      if (r.response) {
        add({ k: 'bot', t: r.response, src: r.source, conf: r.confidence, mid: r.message_id, aid: r.article_id, cites: r.citations });
      } else save();
      setHs(r.handoff_status || (r.escalated ? 'pending_handoff' : S.hs));
    } catch (er) {
      // Keep what the customer typed: take the bubble back and refill the box.
      S.log.splice(S.log.indexOf(e), 1); e.node.remove(); save();
      if (!input.value) input.value = text;
      showErr(er);
    } finally { busy(false); }
  }
  async function human() {
    track('handoff_button');
    clearErr(); humanB.disabled = true;
    try {
      const r = await api('/handoff/direct', Object.assign(who(), { channel: 'web', reason: 'direct_button' }));
      setSession(r);
      setHs(r.handoff_status || 'pending_handoff');
    } catch (e) { showErr(e); } finally { humanB.disabled = false; }
  }

  // --- handoff state and the live stream --------------------------------------------------
  const normHs = (s) => { s = String(s || '').toLowerCase(); return /pend|wait|queue/.test(s) ? 'pending_handoff' : /active|accept|human|join/.test(s) ? 'human_active' : /resol|clos/.test(s) ? 'resolved' : s === 'none' || s === 'bot' ? '' : s; };
  function setHs(s) {
    s = normHs(s);
    if (s !== (S.hs || '')) { S.hs = s; save(); }
    drawHs(); stream();
  }
  function drawHs() {
    const s = S.hs || '', known = T.en[s] && (WAIT.includes(s) || s === 'resolved');
    banner.hidden = !known; banner.className = 'banner ' + s;
    banner.textContent = known ? t(s) : '';
    humanB.hidden = WAIT.includes(s);
  }
  let es = null, esTimer = 0, esDelay = 1000;
  function stream() {
    const want = S.sid && S.tok && WAIT.includes(S.hs);
    if (!want) { if (es) es.close(); es = null; clearTimeout(esTimer); return; }
    if (es || esTimer) return;
    // EventSource sends Last-Event-ID itself on its own reconnects; after a page reload it cannot,
    // so the last seen id also rides along as a query parameter for servers that read it.
    es = new EventSource(API + '/session/' + encodeURIComponent(S.sid) + '/stream?token=' + encodeURIComponent(S.tok) +
      (S.le ? '&last_event_id=' + encodeURIComponent(S.le) : ''));
    for (const n of ['message', 'agent_message', 'agent_reply', 'status', 'handoff_status', 'handoff', 'resolved']) es.addEventListener(n, onEvent);
    es.onopen = () => { esDelay = 1000; };
    es.onerror = () => {
      // The browser retries by itself unless the answer was fatal (CLOSED): then back off and reopen.
      if (!es || es.readyState !== 2) return;
      es.close(); es = null;
      esTimer = setTimeout(() => { esTimer = 0; stream(); }, esDelay);
      esDelay = Math.min(esDelay * 2, 30000);
    };
  }
  function onEvent(ev) {
    const id = ev.lastEventId;
    if (id) { if (S.ev.includes(id)) return; S.ev.push(id); S.ev = S.ev.slice(-100); S.le = id; }
    let d;
    try { d = JSON.parse(ev.data); } catch (e) { d = { text: ev.data }; }
    if (!d || typeof d !== 'object') d = { text: d == null ? '' : String(d) };
    const type = String(d.type || d.event || ev.type).toLowerCase();
    const from = String(d.sender || d.role || d.from || d.author || '').toLowerCase();
    let text = d.text != null ? d.text : d.message != null ? d.message : d.response;
    if (text && typeof text === 'object') text = text.text;
    const st = d.handoff_status || (/status|resol|join|accept/.test(type) ? d.status || (type === 'resolved' ? 'resolved' : '') : '');
    if (text && !/status|customer|user|ping|heart/.test(type) && !/customer|user|bot/.test(from)) {
      add({ k: 'agent', t: String(text) });
      if (!st && S.hs === 'pending_handoff') return setHs('human_active');
    } else save();
    if (st) setHs(st);
  }

  // --- open / close / language -------------------------------------------------------------
  function applyLang() {
    const rtl = lang === 'ar';
    W.lang = lang; W.dir = rtl ? 'rtl' : 'ltr';
    $('h2').textContent = t('title');
    $('.langs').setAttribute('aria-label', t('langs'));
    for (const b of root.querySelectorAll('[data-l]')) b.setAttribute('aria-pressed', String(b.dataset.l === lang));
    $('.x').setAttribute('aria-label', t('close'));
    launch.setAttribute('aria-label', t(S.open ? 'close' : 'open'));
    logEl.setAttribute('aria-label', t('log'));
    input.placeholder = t('ph'); input.setAttribute('aria-label', t('input'));
    sendB.textContent = t('send'); humanB.textContent = t('human'); typing.textContent = t('typing');
    drawHs(); renderLog();
    if (!panel.hidden) loadTree();
  }
  function setLang(l) {
    l = pick(l); if (!l || l === lang) return;
    lang = S.lang = l; save(); clearErr(); applyLang();
  }
  function open(v, quiet) {
    v = !!v;
    if (v === !panel.hidden) return;
    S.open = v; save();
    panel.hidden = !v; W.classList.toggle('open', v);
    launch.setAttribute('aria-expanded', String(v));
    launch.setAttribute('aria-label', t(v ? 'close' : 'open'));
    if (!quiet) track(v ? 'open' : 'close');
    if (!v) { if (!quiet) launch.focus(); return; }
    loadTree();
    const last = S.log.length && S.log[S.log.length - 1].node; // reopen where the conversation stopped
    if (last) reveal(last);
    // Typing focus where a keyboard is at hand; on touch screens the heading, so no keyboard pops up.
    if (!quiet) (matchMedia('(pointer: fine)').matches ? input : $('h2')).focus();
  }

  launch.addEventListener('click', () => open(panel.hidden));
  $('.x').addEventListener('click', () => open(false));
  for (const b of root.querySelectorAll('[data-l]')) b.addEventListener('click', () => setLang(b.dataset.l));
  humanB.addEventListener('click', human);
  const submit = () => { const v = input.value.trim(); if (v && pending <= 0) send(v); };
  form.addEventListener('submit', (e) => { e.preventDefault(); submit(); });
  // Enter sends, Shift+Enter breaks the line; never while an IME is composing a word.
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); } });
  input.addEventListener('input', clearErr);
  root.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !panel.hidden) { e.stopPropagation(); open(false); } });

  function mount() {
    (document.body || document.documentElement).appendChild(host);
    applyLang(); stream();
    if (S.open) open(true, true); // a reload keeps the panel as the customer left it
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  window.NuraWidget = Object.freeze({ version: '1.0', open: () => open(true), close: () => open(false), setLang });
})();
