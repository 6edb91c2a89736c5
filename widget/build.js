// Bundles the widget's ES modules into the one classic script served at /widget.js (an IIFE: its module scope stays
// private, the only global is window.NuraWidget). Usage: node build.js [outfile]; Maven passes target/classes/….
import { build } from 'esbuild';

const outfile = process.argv[2] || 'target/classes/META-INF/resources/widget.js';

await build({
  entryPoints: ['src/main/js/main.js'],
  outfile,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  // ASCII output (the default, Arabic as \u escapes): the script reads right whatever charset the host page has
  charset: 'ascii',
  legalComments: 'none',
  // Minified on the wire (the sources stay readable): the widget must stay within 12 KB gzip with every feature
  minify: true,
  banner: { js: '/* NURA chat widget, bundled from widget/src/main/js by widget/build.js: edit the sources, not this file. */' },
  logLevel: 'warning'
});
