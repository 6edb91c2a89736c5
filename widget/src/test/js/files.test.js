import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { CSS, MAX_BYTES, clip, fileEntry, fileNode, refreshLinks, setBase, size, tooBig, word } from '../../main/js/files.js';

// As Attachments writes them: the upload answer, a live event, a list item
const IMG = { id: 'a1', name: 'صورة.png', type: 'image/png', size: 2048, url: '/v1/attachments/a1?exp=100&sig=x', by: 'customer' };
const PDF = { id: 'a2', name: 'invoice.pdf', type: 'application/pdf', size: 1572864, url: '/v1/attachments/a2?exp=100&sig=y', by: 'agent', agent_name: 'Sara' };

test('an attachment becomes an entry on the side of whoever sent it', () => {
  assert.deepEqual(fileEntry(IMG), { k: 'me', f: { id: 'a1', n: 'صورة.png', ty: 'image/png', sz: 2048, u: IMG.url } });
  assert.equal(fileEntry(PDF).k, 'agent');
});

test('an image shows inline with its name as alt text; a PDF is a link with name and size', () => {
  const { document } = new JSDOM('').window;
  setBase('https://nura.example/v1');
  const img = fileNode(document, fileEntry(IMG).f);
  assert.equal(img.querySelector('img').getAttribute('src'), 'https://nura.example/v1/attachments/a1?exp=100&sig=x');
  assert.equal(img.querySelector('img').alt, 'صورة.png');
  const pdf = fileNode(document, fileEntry(PDF).f);
  assert.equal(pdf.querySelector('img'), null);
  assert.equal(pdf.textContent, 'invoice.pdf (1.5 MB)');
  assert.equal(pdf.rel, 'noopener noreferrer');
  assert.equal(pdf.href, 'https://nura.example/v1/attachments/a2?exp=100&sig=y');
});

test('a name with markup stays text', () => {
  const { document } = new JSDOM('').window;
  const a = fileNode(document, fileEntry({ ...PDF, name: '<img src=x onerror=alert(1)>.pdf' }).f);
  assert.equal(a.children.length, 0);
});

test('sizes and the limit, checked before any upload', () => {
  assert.equal(size(300), '1 KB');
  assert.equal(size(35 * 1024), '35 KB');
  assert.equal(size(MAX_BYTES), '5.0 MB');
  assert.ok(tooBig({ size: MAX_BYTES + 1 }));
  assert.ok(!tooBig({ size: MAX_BYTES }));
});

test('every word exists in the four languages', () => {
  for (const l of ['ar', 'ku', 'en', 'ckb']) for (const k of ['clip', 'big']) assert.ok(word(l, k), l + ' ' + k);
  assert.equal(word('en', 'clip'), 'Attach an image or PDF');
  assert.ok(/\.clip\{flex:none;width:44px;min-height:44px/.test(CSS), 'a 44 px touch target');
});

test('fresh links replace expired ones by attachment id', () => {
  const log = [{ k: 'me', t: 'hi' }, fileEntry(IMG), fileEntry(PDF)];
  refreshLinks(log, [{ ...IMG, url: '/v1/attachments/a1?exp=999&sig=z' }]);
  assert.equal(log[1].f.u, '/v1/attachments/a1?exp=999&sig=z');
  assert.equal(log[2].f.u, PDF.url, 'not in the list: left as it was');
});

function widgetForm() {
  const { document, FormData } = new JSDOM('<form><textarea></textarea><button class="send"></button></form>').window;
  globalThis.FormData = FormData;
  const form = document.querySelector('form');
  const seen = { said: [], added: [], calls: [] };
  const S = { sid: 's1', tok: 't1', log: [] };
  const ctx = { doc: document, form, before: form.querySelector('.send'), S, busy: () => {},
    add: (e) => seen.added.push(e), say: (m) => seen.said.push(m), fail: (e) => seen.said.push('fail ' + e.code),
    call: async (path, body) => { seen.calls.push([path, body]); if (seen.refuse) throw Object.assign(new Error(seen.refuse), { status: 415 }); return body ? IMG : [IMG]; } };
  const ui = clip(ctx);
  return { document, form, seen, ui, S, input: form.querySelector('input[type=file]'), button: form.querySelector('.clip') };
}

async function pick(w, file) {
  Object.defineProperty(w.input, 'files', { value: [file], configurable: true });
  w.input.dispatchEvent(new w.document.defaultView.Event('change'));
  await new Promise((r) => setTimeout(r, 0));
}

test('the paperclip sits before Send, labelled, accepting images and PDFs, shown only when asked', () => {
  const w = widgetForm();
  assert.equal(w.button.nextElementSibling.className, 'send');
  assert.equal(w.input.accept, 'image/*,application/pdf');
  assert.ok(w.button.hidden);
  w.ui.show(true); w.ui.label('ar');
  assert.ok(!w.button.hidden);
  assert.equal(w.button.getAttribute('aria-label'), word('ar', 'clip'));
});

test('a picked file is uploaded with the token and shown; a refusal shows the server message', async () => {
  const w = widgetForm();
  const file = new w.document.defaultView.File(['x'], 'a.png', { type: 'image/png' });
  await pick(w, file);
  assert.equal(w.seen.calls[0][0], '/session/s1/attachments');
  assert.equal(w.seen.calls[0][1].get('session_token'), 't1');
  assert.equal(w.seen.added[0].f.id, 'a1');
  w.seen.refuse = 'This file is a Windows program, not an image';
  await pick(w, file);
  assert.deepEqual(w.seen.said, ['This file is a Windows program, not an image']);
});

test('a file over the limit is refused before upload, with the limit', async () => {
  const w = widgetForm();
  w.ui.label('en');
  await pick(w, { name: 'big.pdf', type: 'application/pdf', size: MAX_BYTES + 1 });
  assert.equal(w.seen.calls.length, 0);
  assert.deepEqual(w.seen.said, ['The file is too big (5.0 MB)']);
});

test('after a reload the session list renews links, only when there are files', async () => {
  const w = widgetForm();
  assert.equal(await w.ui.refresh(), false);
  w.S.log.push(fileEntry({ ...IMG, url: '/old' }));
  assert.equal(await w.ui.refresh(), true);
  assert.equal(w.seen.calls[0][0], '/session/s1/attachments?token=t1');
});
