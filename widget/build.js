// Bundles the widget's ES modules into the one classic script served at /widget.js (an IIFE: its module scope stays
// private, the only global is window.NuraWidget). Usage: node build.js [outfile]; Maven passes target/classes/….
//
// English words ride in widget.js (every missing word falls back to English); the Arabic, Kurmanji and Sorani ones
// are language packs beside it (widget-words-ar.js, -ku.js, -ckb.js), which the widget loads at mount for the
// language it shows (the closed widget is an icon: the pack is there before the panel opens) and on a switch: four
// languages' words in the one script took it over its 12 KB gzip budget. The sources keep every word of every
// language in one row (i18n.js), so a gap still fails the tests.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGS, PACKED, TEXTS } from './src/main/js/i18n.js';

const outfile = process.argv[2] || 'target/classes/META-INF/resources/widget.js';
const BANNER = '/* NURA chat widget, bundled from widget/src/main/js by widget/build.js: edit the sources, not this file. */';

// ASCII only, whatever charset the host page has: non-ASCII characters as \u escapes
const ascii = (json) => json.replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

// i18n.js as bundled: each row of WORDS keeps the languages in the script, 0 for a packed one (the translator falls
// back to English until its pack has arrived)
const bundledWords = {
  name: 'bundled-words',
  setup(b) {
    b.onLoad({ filter: /i18n\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const start = source.indexOf('const WORDS = {');
      const end = source.indexOf('\n};', start) + 3;
      if (start < 0 || end < 3) throw new Error('i18n.js: no WORDS block');
      const rows = Object.fromEntries(Object.keys(TEXTS.en).map((key) =>
        [key, LANGS.map((lang) => (PACKED.includes(lang) ? 0 : TEXTS[lang][key]))]));
      return { contents: source.slice(0, start) + 'const WORDS = ' + JSON.stringify(rows) + ';' + source.slice(end), loader: 'js' };
    });
  }
};

await build({
  entryPoints: ['src/main/js/main.js'],
  outfile,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  charset: 'ascii',
  legalComments: 'none',
  // Minified on the wire (the sources stay readable): the widget must stay within 12 KB gzip with every feature
  minify: true,
  plugins: [bundledWords],
  banner: { js: BANNER },
  logLevel: 'warning'
});

// a pack hands its words to the widget that asked for it (NuraWidget.words), nothing else
for (const lang of PACKED) {
  writeFileSync(join(dirname(outfile), `widget-words-${lang}.js`),
    `${BANNER}\nwindow.NuraWidget&&NuraWidget.words(${JSON.stringify(lang)},${ascii(JSON.stringify(TEXTS[lang]))});\n`);
}
