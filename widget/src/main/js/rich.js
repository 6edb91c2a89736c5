/**
 * An answer laid out by its own structure, read from the plain text as the tenant writes articles: lines starting
 * with "•" or "-" are a list, "1." or "١." a numbered one (an indented "•" under an item stays in that item), two or
 * more lines with "|" or with columns aligned by runs of spaces (the price lists) a table, a monospace block when
 * no columns can be read; anything else is text with its line breaks. Built from text nodes only, never markup.
 */

const ITEM = /^(\s*)(?:([\u2022-])|([0-9]+|[\u0660-\u0669]+)[.)])\s+(.*)$/;
const SPACED = /\S {2,}\S/;

/** The text as a div.tx; line(text) makes one line's inline content (text and links). */
export function richBox(doc, text, line) {
  const el = (tag, parent, t) => {
    const e = doc.createElement(tag);
    if (t != null) e.append(line(t));
    return parent.appendChild(e);
  };
  const box = doc.createElement('div'), lines = String(text).split('\n');
  box.className = 'tx';
  let cur = null, kind = '', gap = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i], m = ITEM.exec(l), pipe = l.includes('|');
    let j = i;
    while (j < lines.length && (pipe ? lines[j].includes('|') : SPACED.test(lines[j]))) j++;
    if (j - i > 1) {
      const rows = lines.slice(i, j).map((r) => r.replace(/^[\u2022-] /, '').trimEnd());
      const cells = pipe ? rows.filter((r) => /[^\s|:-]/.test(r)).map((r) => r.replace(/^\||\|$/g, '').split('|'))
        : columns(rows);
      if (cells) {
        const tb = el('table', box);
        for (const r of cells) { const tr = el('tr', tb); for (const c of r) el('td', tr, c.trim()); }
      } else el('pre', box).textContent = rows.join('\n');
      i = j - 1; kind = '';
    } else if (!l.trim()) {
      gap += '\n'; // kept inside a paragraph; around a list or table the CSS spaces them
    } else if (m && m[2] && m[1].length > 1 && kind === 'ol') {
      cur.lastChild.append('\n', line(l.trim()));
    } else if (!m) {
      if (kind === 'p') cur.append('\n' + gap, line(l)); else { cur = el('p', box, l); kind = 'p'; }
    } else {
      const k = m[2] ? 'ul' : 'ol';
      if (kind !== k) { cur = el(k, box); kind = k; if (m[3] > '9') cur.className = 'ai'; } // Arabic-Indic numbers
      el('li', cur, m[4]);
    }
    if (l.trim()) gap = '';
  }
  return box;
}

/**
 * Columns where every row has a space at the same places and at least one row two or more ("1 GB" stays one cell);
 * positions count UTF-16 units, as the tenant's editor aligned them. Null when fewer than two columns.
 */
export function columns(rows) {
  const cuts = [0];
  let gap = 0, wide = 0;
  for (let p = 0; p < Math.max(...rows.map((r) => r.length)); p++) {
    if (rows.every((r) => !r[p] || r[p] === ' ')) {
      gap = 1; wide ||= rows.some((r) => r[p] === ' ' && (r[p - 1] === ' ' || r[p + 1] === ' '));
    } else {
      if (gap && wide) cuts.push(p);
      gap = wide = 0;
    }
  }
  return cuts[1] ? rows.map((r) => cuts.map((c, k) => r.slice(c, cuts[k + 1]))) : null;
}
