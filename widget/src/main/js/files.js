/**
 * Files in a live chat (issue 20): the paperclip, the upload (POST /v1/session/{id}/attachments) and files in the
 * transcript. The server judges a file by its content; the checks here only spare the customer a pointless wait.
 * A file entry is {k: 'me'|'agent', f: {id, n: name, ty: type, sz: size, u: signed URL}}; signed URLs expire,
 * so after a reload the session's list gives fresh ones (GET …/attachments?token=).
 */

import { LANGS } from './i18n.js';

/** [Arabic, Kurmanji, English, Sorani], as in i18n.js. */
const WORDS = {
  clip: ['إرفاق صورة أو PDF', 'Wêne an PDF pêve bike', 'Attach an image or PDF', 'ناردنی وێنە یان PDF'],
  big: ['الملف كبير جداً', 'Pel pir mezin e', 'The file is too big', 'فایلەکە زۆر گەورەیە']
};
export const word = (lang, key) => WORDS[key][Math.max(0, LANGS.indexOf(lang))];

const SVG = 'http://www.w3.org/2000/svg';
export const MAX_BYTES = 5 * 1024 * 1024;

export const CSS = '.clip{flex:none;width:44px;min-height:44px;background:#eef1f4;color:#0e524e;display:grid;place-items:center}.clip svg{width:22px;fill:currentColor}'
  + '.att{display:block;margin-top:4px}'
  + '.att img{display:block;max-width:100%;max-height:240px;border-radius:8px}';

let base = 'http://localhost/';
/** The API base signed URLs (root-relative, "/v1/attachments/…") are resolved against. */
export const setBase = (api) => { base = api; };

/** Whether a picked file is too big to try; its type is the server's to judge (by content), with its own message. */
export const tooBig = (file, max = MAX_BYTES) => file.size > max;

/** An attachment (upload answer, live event, list item) as a transcript entry. */
export const fileEntry = (a) => ({ k: a.by === 'agent' ? 'agent' : 'me', f: { id: a.id, n: a.name, ty: a.type, sz: a.size, u: a.url } });

/** 1.2 MB, 35 KB: a size for people. */
export const size = (n) => (n >= 1048576 ? (n / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(n / 1024)) + ' KB');

/** An image shown inline (alt: its name), anything else a link with its name and size; both open the file. */
export function fileNode(doc, f) {
  const a = doc.createElement('a');
  a.className = 'att';
  a.href = new URL(f.u, base).href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  if (/^image\//.test(f.ty)) {
    const img = doc.createElement('img');
    img.src = a.href;
    img.alt = f.n;
    a.append(img);
  } else {
    a.dir = 'auto';
    a.textContent = f.n + ' (' + size(f.sz) + ')';
  }
  return a;
}

/** Puts fresh links from the session's list (GET …/attachments) into the transcript's file entries. */
export function refreshLinks(log, list) {
  const urls = Object.fromEntries(list.map((a) => [a.id, a.url]));
  for (const e of log) if (e.f && urls[e.f.id]) e.f.u = urls[e.f.id];
}

/**
 * The paperclip and its hidden file input, put in the form before the send button. ctx: {doc, form, before, call
 * (http.js's, bound to the API), S, add, say(text) for refusals, fail(error), busy(on)}.
 * Returns {show(on), label(lang), refresh()}.
 */
export function clip(ctx) {
  const { doc, S } = ctx;
  const b = doc.createElement('button'), input = doc.createElement('input');
  b.type = 'button'; b.className = 'clip'; b.hidden = true;
  // an inline SVG paperclip, not the emoji: a system without an emoji font shows a box (as for the thumbs)
  const svg = doc.createElementNS(SVG, 'svg'), p = doc.createElementNS(SVG, 'path');
  svg.setAttribute('viewBox', '0 0 24 24'); svg.setAttribute('aria-hidden', 'true');
  p.setAttribute('d', 'M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z');
  svg.append(p); b.append(svg);
  input.type = 'file'; input.accept = 'image/*,application/pdf'; input.hidden = true;
  ctx.form.insertBefore(b, ctx.before); ctx.form.append(input);
  let lang = 'ar';
  const files = () => '/session/' + encodeURIComponent(S.sid) + '/attachments';
  b.addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    input.value = '';
    if (!file) return;
    if (tooBig(file)) { ctx.say(word(lang, 'big') + ' (' + size(MAX_BYTES) + ')'); return; }
    const body = new FormData();
    body.append('session_token', S.tok);
    body.append('file', file, file.name);
    b.disabled = true; ctx.busy(true);
    try { ctx.add(fileEntry(await ctx.call(files(), body))); } catch (e) {
      if (e.status) ctx.say(e.message); else ctx.fail(e); // a refusal in the server's own words (type, size, state)
    } finally { b.disabled = false; ctx.busy(false); }
  });
  return {
    show: (on) => { b.hidden = !on; },
    label: (l) => { lang = l; b.setAttribute('aria-label', word(l, 'clip')); },
    /** Fresh links for a restored transcript (signed links expire); true when there were files to renew. */
    refresh: async () => {
      if (!S.tok || !S.log.some((e) => e.f)) return false;
      try { refreshLinks(S.log, await ctx.call(files() + '?token=' + encodeURIComponent(S.tok))); return true; } catch { return false; }
    }
  };
}
