/**
 * Live-chat extras (issue 20): the agent's name and initials on agent messages, "<name> is typing…" both ways, and
 * the end-of-chat rating with "start a new conversation". DOM built from text only, never from markup.
 */

/** The end-of-chat box and the name row; appended to the widget's style sheet. */
export const EXTRA_CSS = `.who{display:flex;align-items:center;gap:6px;font-weight:700}
.av{width:28px;height:28px;border-radius:50%;background:#0e524e;color:#fff;font-size:12px;display:grid;place-items:center}
.end{margin-top:8px;padding:8px;background:#fff;border-radius:12px;display:grid;gap:8px}
.end button{min-width:44px;min-height:44px;margin:0}.stars{display:flex;gap:4px}.stars button{background:#eef1f4;font-size:20px;text-align:center}
.stars [aria-pressed=true],.stars button:has(~[aria-pressed=true]){background:#ffe7a3}`;

/** Initials of a display name: the first letter of its first two words, in any script ("سارة أحمد" → "سأ"). */
export function initials(name) {
  return String(name || '').trim().split(/\s+/).filter(Boolean).slice(0, 2)
    .map((w) => Array.from(w)[0]).join('').toUpperCase();
}

/** The agent's avatar (initials, hidden from screen readers: the name follows) and name above a message. */
export function nameRow(el, name) {
  const r = el('div', 'who'), a = el('span', 'av', initials(name));
  a.setAttribute('aria-hidden', 'true');
  const n = el('span', '', name);
  n.dir = 'auto';
  r.append(a, n);
  return r;
}

/** A function that calls fn at most once per ms milliseconds (the rest are dropped, not delayed). */
export function throttle(fn, ms, now = Date.now) {
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - last >= ms) { last = t; fn(); }
  };
}

/**
 * The end-of-chat box: five ≥ 44 px rating buttons, an optional comment and send; after a rating (or right away when
 * already rated) the thanks; always "start a new conversation". send(rating, comment) resolves once stored.
 */
export function endBox({ el, button }, t, rated, send, fresh) {
  const box = el('div', 'end');
  const done = () => { box.textContent = ''; box.append(el('p', '', t('thanks')), again); };
  // classes of their own: the message form's .send and the .human button stay the only ones (tests, scripts)
  const again = button('nc', t('newC'), fresh);
  if (rated) { done(); return box; }
  let pick = 0;
  const stars = el('div', 'stars'), cmt = el('textarea', 'cmt'), go = button('rs', t('send'), async () => {
    go.disabled = true;
    try { await send(pick, cmt.value.trim()); done(); } catch { go.disabled = false; }
  });
  stars.setAttribute('role', 'group');
  stars.setAttribute('aria-label', t('rateQ'));
  for (let n = 1; n <= 5; n++) {
    const b = button('', '★', () => {
      pick = n; go.disabled = false;
      for (const x of stars.children) x.setAttribute('aria-pressed', String(x === b));
    });
    b.setAttribute('aria-label', t('star').replace('%', n));
    b.setAttribute('aria-pressed', 'false');
    stars.append(b);
  }
  go.disabled = true; // enabled by a choice of stars
  cmt.maxLength = 1000;
  cmt.placeholder = t('cmt');
  cmt.setAttribute('aria-label', t('cmt'));
  box.append(el('p', '', t('rateQ')), stars, cmt, go, again);
  return box;
}

/** A status change: "resolved" opens the end-of-chat box for a new rating; anything else closes it. */
export function ending(s, status) {
  s.re = status === 'resolved' ? 1 : 0;
  s.rt = 0;
}
