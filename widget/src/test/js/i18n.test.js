import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGS, SOURCES, TEXTS, isRtl, percent, pickLang, sourceKey, translator } from '../../main/js/i18n.js';
import { STATUSES } from '../../main/js/state.js';

test('Arabic, Kurmanji, English and Sorani have the same keys, none of them empty', () => {
  const keys = Object.keys(TEXTS.en).sort();
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(TEXTS[lang]).sort(), keys, lang);
    for (const k of keys) assert.ok(TEXTS[lang][k].trim(), `${lang}.${k} is empty`);
  }
});

test('every answer source and every handoff status but "bot" has its own label in each language', () => {
  for (const lang of LANGS) {
    const t = translator(lang);
    for (const s of SOURCES) assert.notEqual(t(sourceKey(s)), sourceKey(s), `${lang}: source ${s}`);
    for (const s of STATUSES.filter((x) => x !== 'bot')) assert.ok(TEXTS[lang][s], `${lang}: status ${s}`);
  }
  assert.equal(translator('ar')(sourceKey('agent')), 'موظف', 'the agent source is not the speaker "موظف الدعم"');
  assert.equal(translator('ar')('agent'), 'موظف الدعم');
});

test('Arabic, Kurmanji and Sorani are translations, not English copies', () => {
  const same = (lang) => Object.keys(TEXTS.en).filter((k) => TEXTS[lang][k] === TEXTS.en[k]);
  assert.deepEqual(same('ar'), []);
  assert.deepEqual(same('ckb'), []);
  assert.deepEqual(same('ku'), ['openai'], 'only the "AI" label is the same word in Kurmanji');
});

test('language tags are recognised by their prefix, Kurmanji also as kmr', () => {
  assert.equal(pickLang('ar-IQ'), 'ar');
  assert.equal(pickLang('AR'), 'ar');
  assert.equal(pickLang('ku'), 'ku');
  assert.equal(pickLang('kmr-Latn'), 'ku');
  assert.equal(pickLang('en-GB'), 'en');
  assert.equal(pickLang('ckb'), 'ckb');
  assert.equal(pickLang('ckb-IQ'), 'ckb');
  assert.equal(pickLang('ku-Arab'), 'ckb', 'Kurdish in Arabic script is Sorani');
  assert.equal(pickLang('fr'), '');
  assert.equal(pickLang(undefined), '');
});

test('a missing key falls back to English, then to the key itself', () => {
  assert.equal(translator('ku')('send'), 'Bişîne');
  assert.equal(translator('xx')('send'), 'Send');
  assert.equal(translator('ar')('no-such-key'), 'no-such-key');
});

test('confidence shows as a percentage in the language\'s own format', () => {
  assert.equal(percent('en', 0.82), '82%');
  assert.equal(percent('ku', 0.5), '50%');
  // Arabic digits or Latin ones (CLDR versions differ), with bidi marks around the sign
  assert.match(percent('ar', 0.82), /^(82|٨٢)\u200e?[%٪]/u);
});

test('Arabic and Sorani are right to left, Kurmanji and English left to right', () => {
  assert.deepEqual(LANGS.filter(isRtl), ['ar', 'ckb']);
});
