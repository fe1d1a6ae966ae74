// Threads view: story threads when the store has them; until then the API
// answers 501 and the view says so.

import {get, getStats, Latest, isAbort} from './api.js';
import {h, message, toQuery} from './util.js';

const PAGE = 50;

// renderThreads draws #/threads.
export function renderThreads(main) {
  const latest = new Latest();
  const body = h('div', {}, message('info', 'Loading threads…'));
  main.append(h('section', {class: 'view threads'}, h('h1', {}, 'Story threads'), body));
  let offset = 0;
  const tbody = h('tbody');
  const more = h('button', {type: 'button', class: 'more', hidden: true});
  const page = async () => {
    const r = await get('threads', {limit: PAGE, offset}, latest.signal());
    const rows = r.threads || [];
    if (offset === 0) {
      if (!rows.length) {
        body.replaceChildren(message('empty', 'No threads yet.'));
        return;
      }
      const cols = columns(rows[0]);
      body.replaceChildren(h('div', {class: 'table-wrap'}, h('table', {class: 'threads-table'},
        h('thead', {}, h('tr', {}, cols.map((c) => h('th', {scope: 'col'}, c.title)))), tbody)), more);
      tbody._cols = cols;
    }
    tbody.append(...rows.map((row) => h('tr', {}, tbody._cols.map((c) => h('td', {class: c.cls || ''}, c.cell(row))))));
    offset += rows.length;
    more.hidden = rows.length < PAGE;
    more.textContent = 'Load more';
  };
  more.onclick = () => page().catch(show);
  const show = (e) => {
    if (isAbort(e)) return;
    if (e.status === 501) {
      body.replaceChildren(message('empty', 'Story threads are not built for this database yet. Events, articles and the network work without them.'));
    } else {
      body.replaceChildren(message('error', `Could not load threads: ${e.message}`));
    }
  };
  getStats().catch(() => ({})).then((st) => {
    if (st.threads === false) show({status: 501});
    else page().catch(show);
  });
  return () => latest.abort();
}

// KNOWN are the thread columns shown in a friendly form, in this order.
const KNOWN = [
  ['label', 'Thread', (r) => h('b', {}, r.label || `#${r.thread_id}`)],
  ['first_date', 'Dates', (r) => `${r.first_date || '?'} – ${r.last_date || '?'}`, 'nowrap'],
  ['n_docs', 'Articles', (r) => r.n_docs, 'num'],
  ['n_events', 'Events', (r) => r.n_events, 'num'],
  ['dyads', 'Dyads', (r) => list(r.dyads, (d) => {
    const [a, b] = String(d).split('|');
    return b ? h('a', {href: `#/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}?${toQuery({from: r.first_date, to: r.last_date})}`}, `${a} ⇄ ${b}`) : d;
  })],
  ['actors', 'Actors', (r) => list(r.actors, (c) => h('a', {href: `#/actor/${encodeURIComponent(c)}`}, c))],
  ['kinds', 'Kinds', (r) => list(r.kinds, (k) => k)],
];
const HIDDEN = new Set(['last_date', 'actor_counts', 'kind_counts', 'last_doc', 'thread_id']);

// columns picks the friendly columns present in row, then any others.
function columns(row) {
  const cols = KNOWN.filter(([k]) => k in row).map(([k, title, cell, cls]) => ({key: k, title, cell, cls}));
  const seen = new Set(KNOWN.map(([k]) => k));
  for (const k of Object.keys(row)) {
    if (!seen.has(k) && !(cols.length && HIDDEN.has(k))) cols.push({key: k, title: k, cell: (r) => cell(r[k])});
  }
  return cols;
}

// list joins rendered items with commas.
function list(v, f) {
  const items = Array.isArray(v) ? v : [];
  return items.flatMap((x, i) => (i ? [', ', f(x)] : [f(x)]));
}

// cell shows one value; arrays and objects as compact JSON.
function cell(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
