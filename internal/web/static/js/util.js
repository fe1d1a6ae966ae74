// Small DOM and formatting helpers shared by every view.

// h builds an element: h('a', {href: '#/x', class: 'y'}, 'text', child).
// Attributes starting with "on" become event listeners; null/false skip.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'dataset') {
      Object.assign(el.dataset, v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

// append adds children (strings, nodes, arrays, null) to el.
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// debounce delays f until ms have passed without another call.
export function debounce(f, ms) {
  let t = 0;
  const d = (...args) => {
    clearTimeout(t);
    t = setTimeout(() => f(...args), ms);
  };
  d.cancel = () => clearTimeout(t);
  return d;
}

// Quad classes: index = quad_class.
export const QUADS = [
  null,
  {name: 'Verbal cooperation', short: 'V-coop', cls: 'q1', color: '#5b9bd5'},
  {name: 'Material cooperation', short: 'M-coop', cls: 'q2', color: '#1f5fa8'},
  {name: 'Verbal conflict', short: 'V-conf', cls: 'q3', color: '#f0a04b'},
  {name: 'Material conflict', short: 'M-conf', cls: 'q4', color: '#c0392b'},
];

// CAMEO root names (facts of the CAMEO codebook), used when the API sends
// no cameo_name.
const ROOTS = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate',
  '04': 'Consult', '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation',
  '07': 'Provide aid', '08': 'Yield', '09': 'Investigate', '10': 'Demand',
  '11': 'Disapprove', '12': 'Reject', '13': 'Threaten', '14': 'Protest',
  '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce',
  '18': 'Assault', '19': 'Fight', '20': 'Use unconventional mass violence',
};

// cameoName names an event's CAMEO code as precisely as the data allows.
export function cameoName(ev) {
  if (ev.cameo_name) return ev.cameo_name;
  const root = ev.root || (ev.cameo || '').slice(0, 2);
  return ROOTS[root] || '';
}

// goldsteinColor maps -10..10 to red..grey..blue.
export function goldsteinColor(g) {
  const x = Math.max(-10, Math.min(10, Number(g) || 0)) / 10;
  const grey = [150, 150, 150];
  const end = x < 0 ? [192, 57, 43] : [31, 95, 168];
  const t = Math.abs(x);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

// fmtG formats a Goldstein value with a sign.
export function fmtG(g) {
  if (g === null || g === undefined || Number.isNaN(Number(g))) return '–';
  const n = Number(g);
  return (n > 0 ? '+' : '') + n.toFixed(1);
}

// actorLabel is "CODE" with the name as title, or the raw text.
export function actorEl(a, linked = true) {
  if (!a) return h('span', {class: 'muted'}, '—');
  const label = a.code || a.text || a.name || '?';
  const title = [a.name, a.text && a.text !== a.name ? `“${a.text}”` : ''].filter(Boolean).join(' ');
  if (linked && a.code) {
    return h('a', {class: 'actor', href: `#/actor/${encodeURIComponent(a.code)}`, title}, label);
  }
  return h('span', {class: 'actor', title}, label);
}

// quadBadge is a coloured label for a quad class.
export function quadBadge(q) {
  const info = QUADS[q];
  if (!info) return h('span', {class: 'badge'}, '?');
  return h('span', {class: `badge ${info.cls}`, title: info.name}, info.short);
}

// verbSnippet renders sentence text with the verb span (UTF-16) marked.
export function verbSnippet(s) {
  if (!s || !s.text) return h('span', {class: 'muted'}, '');
  const a = s.verb_start16, b = s.verb_end16;
  if (!(a >= 0 && b > a && b <= s.text.length)) return h('span', {}, s.text);
  return h('span', {}, s.text.slice(0, a), h('mark', {class: 'hl-verb'}, s.text.slice(a, b)), s.text.slice(b));
}

// parseQuery turns "a=1&b=2" into a plain object.
export function parseQuery(qs) {
  const out = {};
  for (const [k, v] of new URLSearchParams(qs || '')) out[k] = v;
  return out;
}

// toQuery turns an object into "a=1&b=2", skipping empty values.
export function toQuery(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) {
    if (v !== '' && v !== null && v !== undefined) p.set(k, v);
  }
  return p.toString();
}

// addPeriod returns the day after the end of the period starting at iso.
export function periodEnd(iso, interval) {
  const d = new Date(iso + 'T00:00:00Z');
  if (interval === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

// nextPeriod returns the start of the period after iso.
export function nextPeriod(iso, interval) {
  const d = new Date(iso + 'T00:00:00Z');
  if (interval === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

// message renders a status paragraph (info, error, empty).
export function message(kind, text) {
  return h('p', {class: `msg msg-${kind}`, role: kind === 'error' ? 'alert' : 'status'}, text);
}

// loadScript adds a vendor script once and resolves when it ran.
const loaded = new Map();
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = h('script', {src});
      s.onload = resolve;
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    }));
  }
  return loaded.get(src);
}
