import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';

// The served file as build.js makes it, run as a host page runs it: one classic script, no modules, no build there
const out = join(mkdtempSync(join(tmpdir(), 'nura-widget-')), 'widget.js');
execFileSync(process.execPath, ['build.js', out], { cwd: new URL('../../..', import.meta.url) });
const bundle = readFileSync(out, 'utf8');
const pack = (lang) => readFileSync(join(out, '..', `widget-words-${lang}.js`), 'utf8');

test('the served script stays within 12 KB gzip: one script tag must not weigh on the host page', () => {
  const size = gzipSync(Buffer.from(bundle, 'utf8'), { level: 9 }).length;
  assert.ok(size <= 12 * 1024, `widget.js is ${size} bytes gzip`);
});

function page(attributes, copies = 1) {
  const tag = `<script data-api="https://nura.example/v1" ${attributes}>${bundle}</script>`;
  return new JSDOM(`<!DOCTYPE html><html lang="en"><body><p>shop</p>${tag.repeat(copies)}</body></html>`,
    { runScripts: 'dangerously', url: 'https://shop.example/' }).window;
}

test('the bundle is one plain script: no import or export left, non-ASCII escaped', () => {
  assert.doesNotMatch(bundle, /^\s*(import|export)\s/m);
  for (const script of [bundle, pack('ar'), pack('ku'), pack('ckb')]) {
    const foreign = [...script].filter((c) => c.charCodeAt(0) > 127);
    assert.deepEqual(foreign, [], 'ASCII only, whatever charset the host page declares');
  }
});

test('it mounts one widget in its own shadow root, labelled in the data-lang language', () => {
  const w = page('data-lang="ku"', 2);
  const hosts = w.document.querySelectorAll('nura-widget');
  assert.equal(hosts.length, 1, 'a second script tag mounts no second widget');
  const root = hosts[0].shadowRoot;
  // Kurmanji words are a pack beside widget.js (an inline script here, so nothing fetched it): English meanwhile
  assert.equal(root.querySelector('.launch').getAttribute('aria-label'), 'Open support chat');
  w.eval(pack('ku'));
  assert.equal(root.querySelector('.launch').getAttribute('aria-label'), 'Paceya piştgiriyê veke');
  assert.equal(root.querySelector('.w').dir, 'ltr');
  assert.ok(Object.isFrozen(w.NuraWidget));
  w.NuraWidget.setLang('ar');
  assert.equal(root.querySelector('.w').dir, 'rtl', 'right to left at once, before the words arrive');
  w.eval(pack('ar'));
  assert.equal(root.querySelector('.send').textContent, 'إرسال');
  w.NuraWidget.setLang('ckb');
  assert.equal(root.querySelector('.w').dir, 'rtl', 'Sorani is right to left too');
  w.eval(pack('ckb'));
  assert.equal(root.querySelector('.send').textContent, 'ناردن');
  assert.equal(root.querySelector('[data-l="ckb"]').getAttribute('aria-pressed'), 'true');
  w.close();
});
