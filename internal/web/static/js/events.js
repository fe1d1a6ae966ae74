// Event table: filters (kept in the hash so views can be shared), an
// actor-aware search box, cursor pagination ("load more"), rows that open
// the article at the evidence sentence.

import {get, Latest, isAbort, pickFilters} from './api.js';
import {h, debounce, QUADS, actorEl, quadBadge, fmtG, verbSnippet, cameoName, message, toQuery} from './util.js';
import {actorCombo} from './combo.js';

const PAGE = 50;

// FIELDS are the text filters of the form: [param, label, placeholder].
const FIELDS = [
  ['actor', 'Actor (either side)', 'CHN or China'],
  ['source', 'Source', 'code or name'],
  ['target', 'Target', 'code or name'],
  ['dyad', 'Dyad', 'CHN,PRK or CHN>PRK'],
  ['country', 'Country', 'UKR'],
  ['cameo', 'CAMEO code/prefix', '04 or 042'],
  ['root', 'CAMEO roots', '14,18'],
  ['plover', 'PLOVER', 'ACCUSE,THREATEN'],
  ['q', 'Sentence text', 'words in the sentence'],
  ['outlet', 'Outlet', 'exact news source'],
];

// renderEvents draws the view; returns {update, cleanup}.
export function renderEvents(main, _args, query) {
  const st = {filters: {}, sort: '-date', cursor: null, shown: 0, limit: PAGE, latest: new Latest()};
  const form = filterForm(() => applyForm());
  const combo = actorCombo({
    label: 'Search events by actor or text', placeholder: 'Type an actor name or code (e.g. China) or words…',
    text: true, onPick: (c) => pickSearch(c),
  });
  const chips = h('div', {class: 'chips', 'aria-label': 'Active filters'});
  const count = h('p', {class: 'count', role: 'status', 'aria-live': 'polite'});
  const tbody = h('tbody');
  const table = h('table', {class: 'evtable'},
    h('caption', {class: 'sr-only'}, 'Events; press Enter on a row to open its article'),
    h('thead', {}, h('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Quad', 'Goldstein', 'Evidence']
      .map((t) => h('th', {scope: 'col'}, t)))), tbody);
  const more = h('button', {type: 'button', class: 'more', hidden: true, onclick: () => load(false)}, 'Load more');
  const extra = h('div', {class: 'extra'});
  main.append(h('section', {class: 'view events'},
    h('h1', {}, 'Events'), h('div', {class: 'search-row'}, combo.el), form.el, chips, extra, count,
    h('div', {class: 'table-wrap'}, table), more));

  function go(filters, sort) {
    const q = toQuery({...filters, sort: sort === '-date' ? '' : sort, limit: st.limit === PAGE ? '' : st.limit});
    location.hash = `#/events${q ? '?' + q : ''}`;
  }
  function applyForm() {
    const f = form.read();
    go(f.filters, f.sort);
  }
  function pickSearch(c) {
    combo.input.value = '';
    const f = {...st.filters};
    if (c.kind === 'actor') f.actor = c.code;
    else if (c.kind === 'match') f.actor = c.value;
    else f.q = c.value;
    go(f, st.sort);
  }
  function update(query) {
    st.filters = pickFilters(query);
    st.sort = query.sort || '-date';
    st.limit = Math.min(500, Math.max(1, Number(query.limit) || PAGE));
    form.write(st.filters, st.sort);
    drawChips(chips, st.filters, (k) => {
      const f = {...st.filters};
      delete f[k];
      go(f, st.sort);
    });
    drawExtra(extra, st.filters);
    load(true);
  }
  async function load(reset) {
    if (reset) {
      st.cursor = null;
      st.shown = 0;
      tbody.replaceChildren();
    }
    more.hidden = true;
    count.textContent = 'Loading events…';
    const params = {...st.filters, sort: st.sort, limit: st.limit, cursor: st.cursor};
    try {
      const r = await get('events', params, st.latest.signal());
      const evs = r.events || [];
      tbody.append(...evs.map(eventRow));
      st.shown += evs.length;
      st.cursor = r.next_cursor || null;
      more.hidden = !st.cursor;
      count.textContent = st.shown === 0 ? 'No events match these filters.'
        : `${st.shown.toLocaleString()} event${st.shown === 1 ? '' : 's'} shown${st.cursor ? ' (more available)' : ''}.`;
    } catch (e) {
      if (isAbort(e)) return;
      count.replaceChildren(message('error', `Could not load events: ${e.message}`));
    }
  }
  update(query);
  return {update, cleanup: () => st.latest.abort()};
}

// filterForm builds the filter form; apply is called (debounced for text).
function filterForm(apply) {
  const inputs = {};
  const later = debounce(apply, 500);
  const grid = h('div', {class: 'filter-grid'}, FIELDS.map(([k, label, ph]) => {
    inputs[k] = h('input', {id: `f-${k}`, name: k, type: 'text', placeholder: ph, oninput: later});
    return h('div', {class: 'field'}, h('label', {for: `f-${k}`}, label), inputs[k]);
  }));
  for (const k of ['from', 'to']) {
    inputs[k] = h('input', {id: `f-${k}`, name: k, type: 'date', onchange: apply});
    grid.append(h('div', {class: 'field'}, h('label', {for: `f-${k}`}, k === 'from' ? 'From' : 'To'), inputs[k]));
  }
  const sort = h('select', {id: 'f-sort', onchange: apply},
    [['-date', 'Newest first'], ['date', 'Oldest first'], ['-goldstein', 'Most cooperative'], ['goldstein', 'Most conflictual']]
      .map(([v, t]) => h('option', {value: v}, t)));
  grid.append(h('div', {class: 'field'}, h('label', {for: 'f-sort'}, 'Sort'), sort));
  const quads = [1, 2, 3, 4].map((q) => h('input', {type: 'checkbox', value: q, id: `f-quad${q}`, onchange: apply}));
  const quadSet = h('fieldset', {class: 'quads'}, h('legend', {}, 'Quad class'),
    quads.map((c, i) => h('label', {for: c.id, class: `quadopt ${QUADS[i + 1].cls}`}, c, ' ', QUADS[i + 1].name)));
  const el = h('details', {class: 'filters'}, h('summary', {}, 'Filters'),
    h('form', {onsubmit: (e) => {
      e.preventDefault();
      later.cancel();
      apply();
    }}, grid, quadSet, h('div', {class: 'form-actions'},
      h('button', {type: 'submit'}, 'Apply'),
      h('button', {type: 'button', onclick: () => {
        location.hash = '#/events';
      }}, 'Clear all'))));
  if (window.matchMedia('(min-width: 900px)').matches) el.open = true;
  return {
    el,
    read() {
      const filters = {};
      for (const k of Object.keys(inputs)) if (inputs[k].value.trim()) filters[k] = inputs[k].value.trim();
      const qs = quads.filter((c) => c.checked).map((c) => c.value);
      if (qs.length && qs.length < 4) filters.quad = qs.join(',');
      return {filters, sort: sort.value};
    },
    write(filters, s) {
      for (const [k, inp] of Object.entries(inputs)) {
        if (document.activeElement !== inp) inp.value = filters[k] || '';
      }
      const on = new Set((filters.quad || '').split(',').filter(Boolean));
      quads.forEach((c) => { c.checked = on.has(c.value); });
      sort.value = s;
    },
  };
}

// drawChips lists the active filters, each removable.
function drawChips(el, filters, remove) {
  el.replaceChildren(...Object.entries(filters).map(([k, v]) => h('span', {class: 'chip'},
    `${k}: ${v}`, h('button', {type: 'button', 'aria-label': `Remove filter ${k}`, onclick: () => remove(k)}, '×'))));
}

// drawExtra offers the dyad timeline when the filters name a pair.
function drawExtra(el, f) {
  el.replaceChildren();
  let pair = null;
  if (f.dyad) pair = f.dyad.split(/[,>]/);
  else if (f.source && f.target) pair = [f.source, f.target];
  if (pair && pair.length === 2 && pair[0] && pair[1]) {
    el.append(h('a', {class: 'button-link', href: `#/dyad/${encodeURIComponent(pair[0])}/${encodeURIComponent(pair[1])}`},
      `Cooperation and conflict over time: ${pair[0]} ⇄ ${pair[1]} →`));
  } else if (f.actor && !f.actor.includes(' ')) {
    el.append(h('a', {class: 'button-link', href: `#/actor/${encodeURIComponent(f.actor.toUpperCase())}`}, `Actor profile: ${f.actor} →`));
  }
}

// eventHref is the article view of an event, at its evidence sentence.
export function eventHref(ev, key) {
  const k = key || (ev.document && ev.document.key);
  const s = ev.sentence ? ev.sentence.index : '';
  return `#/doc/${encodeURIComponent(k)}?e=${encodeURIComponent(ev.id)}&s=${s}`;
}

// eventRow is one table row; click or Enter opens the article.
export function eventRow(ev) {
  const href = eventHref(ev);
  const open = () => { location.hash = href; };
  const d = ev.document || {};
  const flags = [ev.negated && 'negated', ev.hypothetical && 'hypothetical'].filter(Boolean);
  return h('tr', {tabindex: 0, class: 'evrow', dataset: {href, id: ev.id},
    'aria-label': `${ev.date || 'undated'}: ${(ev.source && ev.source.code) || '?'} ${ev.verb || ''} ${(ev.target && ev.target.code) || ''}. Open article`,
    onclick: (e) => { if (!e.target.closest('a')) open(); },
    onkeydown: (e) => { if (e.key === 'Enter') open(); }},
  h('td', {class: 'c-date', 'data-label': 'Date'}, ev.date || '—'),
  h('td', {class: 'c-src', 'data-label': 'Source'}, actorEl(ev.source, false)),
  h('td', {class: 'c-ev', 'data-label': 'Event'}, h('span', {class: 'code'}, ev.cameo), ' ',
    h('span', {class: 'cname'}, cameoName(ev)), flags.length ? h('span', {class: 'flag'}, ` (${flags.join(', ')})`) : null),
  h('td', {class: 'c-tgt', 'data-label': 'Target'}, actorEl(ev.target, false)),
  h('td', {class: 'c-quad', 'data-label': 'Quad'}, quadBadge(ev.quad_class)),
  h('td', {class: 'c-g num', 'data-label': 'Goldstein'}, fmtG(ev.goldstein)),
  h('td', {class: 'c-sent', 'data-label': 'Evidence'}, verbSnippet(ev.sentence),
    h('div', {class: 'src-line muted'}, [d.source, d.title].filter(Boolean).join(' · '))));
}
