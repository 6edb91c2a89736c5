import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { columns, richBox } from '../../main/js/rich.js';

const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
const box = (text) => richBox(doc, text, (t) => doc.createTextNode(t));
const shape = (e) => [...e.children].map((c) => c.tagName.toLowerCase() + (c.className ? '.' + c.className : ''));
const cells = (table) => [...table.rows].map((r) => [...r.cells].map((c) => c.textContent));
const ARTICLES = JSON.parse(readFileSync(new URL('../../../../ejb-module/src/main/resources/tenant/articles.json',
  import.meta.url), 'utf8'));
const article = (id, lang) => ARTICLES.find((a) => a.id === id).body[lang];

test('plain text stays one paragraph that reads exactly as written', () => {
  for (const text of ['Restart the router.', 'a\n\nb', 'line one\nline two']) {
    const b = box(text);
    assert.deepEqual(shape(b), ['p']);
    assert.equal(b.textContent, text);
  }
});

test('bulleted lines of the sample tenant become a real list between their paragraphs', () => {
  const b = box(article(0, 'ar'));
  assert.deepEqual(shape(b), ['p', 'ul', 'p', 'ul', 'p']);
  assert.deepEqual([...b.querySelectorAll('ul')[0].children].map((li) => li.textContent),
    ['Google Play: https://play.google.com/store/apps/details?id=com.rcell.selfcareApp',
      'Apkpure: https://apkpure.com/ar/rcell-selfcare/com.rcell.selfcareApp'], 'the "• " marker is the list\'s now');
});

test('numbered steps are an <ol>, Arabic-Indic ones numbered the same way, indented bullets kept in their step', () => {
  for (const [lang, cls] of [['ar', 'ol.ai'], ['en', 'ol'], ['ckb', 'ol.ai']]) {
    const b = box(article(12, lang));
    assert.deepEqual(shape(b), ['p', cls], lang);
    const steps = b.querySelectorAll('li');
    assert.equal(steps.length, 7, lang);
    assert.equal(steps[4].textContent.split('\n').length, 3, 'step 5 carries its two sub-points');
  }
});

test('the space-aligned price list is a table, one cell per column, "1 GB" kept whole', () => {
  const b = box(article(16, 'ar'));
  assert.deepEqual(shape(b), ['p', 'table', 'p']);
  const rows = cells(b.querySelector('table'));
  assert.equal(rows.length, 6);
  assert.deepEqual(rows[0], ['الشمس:', '1 GB', 'يومياً', '= 4,500 ل.س', '(3 نقاط)']);
  assert.deepEqual(rows[5], ['الكواكب:', '40 GB', 'شهرياً', '= 100,000 ل.س', '(66 نقطة)']);
});

test('"|" lines are a table too, the separator row left out', () => {
  const b = box('Prices:\n| Plan | Price |\n|---|---|\n| Sun | 4,500 |');
  assert.deepEqual(shape(b), ['p', 'table']);
  assert.deepEqual(cells(b.querySelector('table')), [['Plan', 'Price'], ['Sun', '4,500']]);
});

test('spaced lines whose columns cannot be read stay a monospace block, never a broken line', () => {
  assert.equal(columns(['aaa  b', 'c  ddd']), null);
  const b = box('aaa  b\nc  ddd');
  assert.deepEqual(shape(b), ['pre']);
  assert.equal(b.textContent, 'aaa  b\nc  ddd');
});

test('markup in an article stays text, in lists and tables alike', () => {
  const xss = '<img src=x onerror=alert(1)>';
  const b = box(`${xss}\n• ${xss}\n1. ${xss}\n${xss}   x\n${xss}   y`);
  assert.equal(b.querySelector('img'), null);
  assert.equal(b.querySelectorAll('td').length, 4);
  assert.ok(b.textContent.includes(xss));
});
