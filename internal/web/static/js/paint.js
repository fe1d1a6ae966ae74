// Painting the article text: each paragraph is cut at every sentence and
// highlight boundary into pieces; a piece carries the classes of every span
// covering it, so overlapping highlights (an actor inside a quote) work.
// Offsets are UTF-16 (start16/end16 from the API), falling back to byte
// offsets converted here.

import {h} from './util.js';

// paintParagraphs renders d.title (as a heading) and d.text into el.
// onVerb(i) is called when the verb of event i is clicked.
export function paintParagraphs(el, d, onVerb) {
  const bases = {title: d.title || '', text: d.text || ''};
  const conv = {title: byteMapper(bases.title), text: byteMapper(bases.text)};
  const baseOf = (s) => (s === 0 ? 'title' : 'text');
  const span16 = (r, base, a, b) => [
    r[a + '16'] ?? conv[base](r[a]), r[b + '16'] ?? conv[base](r[b]),
  ];
  const spans = [];
  const add = (list, kind, startKey, endKey, extra) => (list || []).forEach((r, i) => {
    const s = sentIndex(r);
    const base = baseOf(s);
    const [a, b] = span16(r, base, startKey, endKey);
    if (a >= 0 && b > a) spans.push({base, a, b, kind, r, i, ...extra});
  });
  add(d.entities, 'ent', 'start', 'end');
  add(d.locations, 'place', 'start', 'end');
  add(d.quotes, 'quote', 'start', 'end');
  add(d.events, 'verb', 'verb_start', 'verb_end');

  const sents = (d.sentences || []).map((s) => {
    const base = baseOf(s.index);
    const [a, b] = span16(s, base, 'start', 'end');
    return {...s, base, a, b};
  });
  const paras = groupParagraphs(sents, bases);
  for (const p of paras) {
    const tag = p.base === 'title' ? 'h1' : 'p';
    el.append(paintOne(h(tag, {class: p.base === 'title' ? 'doc-title' : 'para'}), bases[p.base], p, spans, onVerb));
  }
}

// sentIndex is a record's sentence number (events carry an object).
function sentIndex(r) {
  return typeof r.sentence === 'object' && r.sentence !== null ? r.sentence.index : r.sentence;
}

// groupParagraphs returns [{base, a, b, sents}] in reading order; without
// sentences the title and the text's blank-line paragraphs are used.
function groupParagraphs(sents, bases) {
  if (!sents.length) {
    const out = [{base: 'title', a: 0, b: bases.title.length, sents: []}];
    let pos = 0;
    for (const chunk of bases.text.split(/\n\s*\n/)) {
      const a = bases.text.indexOf(chunk, pos);
      pos = a + chunk.length;
      if (chunk.trim()) out.push({base: 'text', a, b: pos, sents: []});
    }
    return out;
  }
  const byKey = new Map();
  for (const s of sents) {
    const k = s.base === 'title' ? 'title' : `p${s.paragraph}`;
    if (!byKey.has(k)) byKey.set(k, {base: s.base, a: s.a, b: s.b, sents: []});
    const p = byKey.get(k);
    p.a = Math.min(p.a, s.a);
    p.b = Math.max(p.b, s.b);
    p.sents.push(s);
  }
  if (!byKey.has('title') && bases.title) byKey.set('title', {base: 'title', a: 0, b: bases.title.length, sents: []});
  return [...byKey.values()].sort((x, y) => (x.base === y.base ? x.a - y.a : x.base === 'title' ? -1 : 1));
}

// paintOne fills el with paragraph p of str.
function paintOne(el, str, p, spans, onVerb) {
  const mine = spans.filter((s) => s.base === p.base && s.b > p.a && s.a < p.b);
  const cuts = new Set([p.a, p.b]);
  for (const s of [...p.sents, ...mine]) {
    if (s.a > p.a && s.a < p.b) cuts.add(s.a);
    if (s.b > p.a && s.b < p.b) cuts.add(s.b);
  }
  const points = [...cuts].sort((x, y) => x - y);
  let sentEl = null;
  let sentIdx = -1;
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const s = p.sents.find((x) => x.a <= a && b <= x.b);
    if (!s) {
      sentEl = null;
      el.append(str.slice(a, b));
      continue;
    }
    if (!sentEl || sentIdx !== s.index) {
      sentIdx = s.index;
      sentEl = h('span', {class: 'sent', id: `s-${s.index}`, dataset: {s: s.index}});
      el.append(sentEl);
    }
    sentEl.append(piece(str.slice(a, b), mine.filter((x) => x.a <= a && b <= x.b), onVerb));
  }
  return el;
}

// piece is one run of text with the highlight classes covering it.
function piece(text, covering, onVerb) {
  if (!covering.length) return document.createTextNode(text);
  const kinds = [...new Set(covering.map((c) => c.kind))];
  const el = h('span', {class: kinds.map((k) => `hl-${k}`).join(' '), title: covering.map(describe).join('\n')}, text);
  const verb = covering.find((c) => c.kind === 'verb');
  if (verb) {
    el.dataset.ev = verb.i;
    el.addEventListener('click', () => onVerb(verb.i));
  }
  return el;
}

// describe is the tooltip line of one highlight.
function describe(c) {
  const r = c.r;
  switch (c.kind) {
    case 'ent': return `Actor: ${r.name || r.text} (${r.code || '?'}${r.type ? ', ' + r.type : ''})`;
    case 'place': return `Place: ${[r.name, r.admin1, r.country].filter(Boolean).join(', ')}`;
    case 'quote': return `Quote${r.speaker ? ' by ' + (r.speaker.name || r.speaker.code) : ''}`;
    default: return `Event ${r.cameo}: ${(r.source && r.source.code) || '?'} → ${(r.target && r.target.code) || '–'} (Goldstein ${r.goldstein})`;
  }
}

// byteMapper converts UTF-8 byte offsets of str to UTF-16 indices.
function byteMapper(str) {
  let table = null;
  return (off) => {
    if (off === undefined || off === null) return -1;
    if (!table) {
      table = new Int32Array(new TextEncoder().encode(str).length + 1);
      let bi = 0;
      for (let i = 0; i < str.length; i++) {
        const cp = str.codePointAt(i);
        const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        for (let j = 0; j < n; j++) table[bi + j] = i;
        bi += n;
        if (cp >= 0x10000) i++;
      }
      table[bi] = str.length;
    }
    return table[Math.min(off, table.length - 1)];
  };
}
