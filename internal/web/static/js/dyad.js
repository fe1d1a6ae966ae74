// Dyad view: cooperation (up) vs conflict (down) per interval as stacked
// quad-class bars with the Goldstein mean as a line (uPlot). Clicking an
// interval, or choosing it in the period list, lists that interval's events.

import {get, Latest, isAbort} from './api.js';
import {h, QUADS, message, loadScript, periodEnd, nextPeriod, toQuery, fmtG} from './util.js';
import {actorCombo} from './combo.js';
import {eventRow} from './events.js';

const MAX_FILL = 5000;

// renderDyad draws #/dyad/A/B or, without actors, a dyad picker.
export function renderDyad(main, args, query) {
  if (args.length < 2) return renderPicker(main, args[0]);
  const [a, b] = args.map((s) => s.toUpperCase());
  const opts = {interval: query.interval || 'month', directed: query.directed === '1', from: query.from || '', to: query.to || ''};
  const latest = new Latest();
  const listLatest = new Latest();
  const chartBox = h('div', {id: 'timeline', class: 'chart', 'aria-label': `Timeline chart of ${a} and ${b}`});
  const status = h('div', {role: 'status', 'aria-live': 'polite'});
  const periods = h('div', {class: 'periods'});
  const list = h('section', {class: 'interval-events', 'aria-live': 'polite'});
  const names = h('p', {class: 'muted names'});
  main.append(h('section', {class: 'view dyad'},
    h('h1', {}, h('a', {href: `#/actor/${a}`}, a), opts.directed ? ' → ' : ' ⇄ ', h('a', {href: `#/actor/${b}`}, b)),
    names, controls(a, b, opts), status, chartBox,
    h('p', {class: 'hint muted'}, 'Cooperation is drawn above the axis, conflict below; the line is the mean Goldstein score (right axis). Click a bar to list its events.'),
    periods, list));
  actorNames([a, b], names);
  let plot = null;
  const ro = new ResizeObserver(() => { if (plot) plot.setSize(chartSize(chartBox)); });
  ro.observe(chartBox);

  const showInterval = (bk) => listInterval(list, a, b, bk, opts, listLatest);
  (async () => {
    status.replaceChildren(message('info', 'Loading timeline…'));
    try {
      const params = {source: a, target: b, interval: opts.interval, directed: opts.directed ? 1 : '', from: opts.from, to: opts.to};
      const [r] = await Promise.all([get('timeline', params, latest.signal()), loadScript('vendor/uPlot.iife.min.js')]);
      const buckets = fill(r.buckets || [], opts.interval);
      if (!buckets.some((x) => x.count > 0)) {
        status.replaceChildren(message('empty', `No events between ${a} and ${b} in this range.`));
        return;
      }
      status.replaceChildren(summary(buckets));
      plot = drawChart(chartBox, buckets, opts.interval, showInterval);
      periods.replaceChildren(periodList(buckets, opts.interval, showInterval));
    } catch (e) {
      if (!isAbort(e)) status.replaceChildren(message('error', `Could not load the timeline: ${e.message}`));
    }
  })();
  return () => {
    latest.abort();
    listLatest.abort();
    ro.disconnect();
    if (plot) plot.destroy();
  };
}

// renderPicker asks for two actors and lists the busiest dyads.
function renderPicker(main, first) {
  const picked = [first ? first.toUpperCase() : '', ''];
  const go = () => { if (picked[0] && picked[1]) location.hash = `#/dyad/${encodeURIComponent(picked[0])}/${encodeURIComponent(picked[1])}`; };
  const combos = [0, 1].map((i) => actorCombo({label: i ? 'Second actor' : 'First actor', placeholder: 'name or code',
    onPick: (c) => {
      picked[i] = c.kind === 'actor' ? c.code : c.value.toUpperCase();
      combos[i].input.value = picked[i];
      go();
    }}));
  if (picked[0]) combos[0].input.value = picked[0];
  const top = h('div', {}, message('info', 'Loading the busiest dyads…'));
  main.append(h('section', {class: 'view dyad-pick'}, h('h1', {}, 'Dyads'),
    h('p', {}, 'Pick two actors to see how their relations moved between cooperation and conflict.'),
    h('div', {class: 'pick-row'}, combos[0].el, combos[1].el), h('h2', {}, 'Busiest dyads'), top));
  get('network', {limit: 20}).then((r) => {
    const edges = (r.edges || []).slice(0, 20);
    top.replaceChildren(edges.length ? h('ol', {class: 'dyad-list'}, edges.map((e) => h('li', {},
      h('a', {href: `#/dyad/${encodeURIComponent(e.source)}/${encodeURIComponent(e.target)}?directed=1`}, `${e.source} → ${e.target}`),
      h('span', {class: 'muted'}, ` ${e.count} events, mean Goldstein ${fmtG(e.goldstein_mean)}`)))) : message('empty', 'No dyads yet.'));
  }).catch((e) => top.replaceChildren(message('error', `Could not load dyads: ${e.message}`)));
}

// controls lets the reader change interval, direction and range.
function controls(a, b, o) {
  const set = (patch) => {
    const n = {...o, ...patch};
    const q = toQuery({interval: n.interval === 'month' ? '' : n.interval, directed: n.directed ? 1 : '', from: n.from, to: n.to});
    location.hash = `#/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}${q ? '?' + q : ''}`;
  };
  const interval = h('select', {id: 'd-interval', onchange: () => set({interval: interval.value})},
    ['day', 'week', 'month'].map((v) => h('option', {value: v, selected: v === o.interval}, v)));
  const directed = h('input', {type: 'checkbox', id: 'd-directed', checked: o.directed, onchange: () => set({directed: directed.checked})});
  const from = h('input', {type: 'date', id: 'd-from', value: o.from, onchange: () => set({from: from.value})});
  const to = h('input', {type: 'date', id: 'd-to', value: o.to, onchange: () => set({to: to.value})});
  const dy = o.directed ? `${a}>${b}` : `${a},${b}`;
  return h('div', {class: 'controls'},
    h('span', {class: 'field'}, h('label', {for: 'd-interval'}, 'Interval'), interval),
    h('span', {class: 'field check'}, directed, h('label', {for: 'd-directed'}, `Only ${a} → ${b}`)),
    h('span', {class: 'field'}, h('label', {for: 'd-from'}, 'From'), from),
    h('span', {class: 'field'}, h('label', {for: 'd-to'}, 'To'), to),
    h('a', {class: 'button-link', href: `#/dyad/${encodeURIComponent(b)}/${encodeURIComponent(a)}`}, 'Swap'),
    h('a', {class: 'button-link', href: `#/events?${toQuery({dyad: dy, from: o.from, to: o.to})}`}, 'All events'));
}

// actorNames writes the actors' names under the title.
async function actorNames(codes, el) {
  const rs = await Promise.all(codes.map((c) => get(`actors/${encodeURIComponent(c)}`).catch(() => null)));
  el.textContent = rs.map((r, i) => (r && r.name ? `${codes[i]}: ${r.name}` : codes[i])).join(' · ');
}

// fill inserts empty periods so bars are evenly spaced.
function fill(buckets, interval) {
  if (buckets.length < 2) return buckets;
  const byPeriod = new Map(buckets.map((x) => [x.period, x]));
  const out = [];
  const last = buckets[buckets.length - 1].period;
  for (let p = buckets[0].period; p <= last && out.length < MAX_FILL; p = nextPeriod(p, interval)) {
    out.push(byPeriod.get(p) || {period: p, count: 0, quad: [0, 0, 0, 0], goldstein_mean: null});
  }
  return out.length >= MAX_FILL ? buckets : out;
}

// summary is a one-line total of the timeline.
function summary(buckets) {
  const q = [0, 0, 0, 0];
  let n = 0;
  for (const x of buckets) {
    n += x.count;
    (x.quad || []).forEach((v, i) => { q[i] += v; });
  }
  return h('p', {class: 'summary'}, `${n.toLocaleString()} events: `,
    q.map((v, i) => h('span', {class: `sumq ${QUADS[i + 1].cls}`}, `${QUADS[i + 1].name} ${v}`)));
}

// chartSize fits the chart to its box.
function chartSize(el) {
  const w = Math.max(280, el.clientWidth || 600);
  return {width: w, height: w < 600 ? 240 : 340};
}

// drawChart renders the uPlot chart; onPick(bucket) on click. The x axis
// is the bucket index, so bars sit centred on their labelled period.
function drawChart(el, buckets, interval, onPick) {
  const uPlot = window.uPlot;
  const n = buckets.length;
  const xs = buckets.map((_, i) => i);
  const q = (i) => buckets.map((x) => (x.quad || [])[i] || 0);
  const [q1, q2, q3, q4] = [0, 1, 2, 3].map(q);
  const raw = [null, q2, q1, q4, q3];
  const bars = uPlot.paths.bars({size: [0.8, 64], gap: 1});
  const label = (i) => {
    const b = buckets[Math.round(i)];
    return b ? b.period.slice(0, interval === 'month' ? 7 : 10) : '';
  };
  const step = Math.max(1, Math.ceil(n / 12));
  const barSeries = (qi, name) => ({label: name, fill: QUADS[qi].color, stroke: QUADS[qi].color, width: 0, paths: bars,
    points: {show: false}, value: (u, v, si, idx) => (idx == null ? '–' : raw[si][idx])});
  const opts = {
    ...chartSize(el),
    cursor: {points: {show: false}, drag: {x: false, y: false}},
    scales: {x: {time: false, range: () => [-0.5, n - 0.5]}, g: {range: [-10, 10]}},
    axes: [
      {splits: () => xs.filter((i) => i % step === 0), values: (u, ticks) => ticks.map(label), grid: {show: false}},
      {label: 'events (↑ cooperation, ↓ conflict)', values: (u, ticks) => ticks.map((t) => Math.abs(t))},
      {scale: 'g', side: 1, label: 'mean Goldstein', grid: {show: false}},
    ],
    series: [
      {label: 'Period', value: (u, i) => (i == null ? '–' : label(i))},
      barSeries(2, QUADS[2].name), barSeries(1, QUADS[1].name),
      barSeries(4, QUADS[4].name), barSeries(3, QUADS[3].name),
      {label: 'Mean Goldstein', scale: 'g', stroke: '#222', width: 2, spanGaps: true,
        points: {show: true, size: 6, fill: '#222'}, value: (u, v) => fmtG(v)},
    ],
  };
  const data = [xs, q1.map((v, i) => v + q2[i]), q1, q3.map((v, i) => -(v + q4[i])), q3.map((v) => -v),
    buckets.map((x) => (x.count ? x.goldstein_mean : null))];
  el.replaceChildren();
  const u = new uPlot(opts, data, el);
  el._u = u;
  el._buckets = buckets;
  u.over.addEventListener('click', (e) => {
    const r = u.over.getBoundingClientRect();
    const i = Math.round(u.posToVal(e.clientX - r.left, 'x'));
    if (buckets[i] && buckets[i].count > 0) onPick(buckets[i]);
  });
  return u;
}

// periodList is a keyboard-friendly list of the non-empty periods.
function periodList(buckets, interval, onPick) {
  const full = buckets.filter((x) => x.count > 0);
  return h('details', {class: 'period-list'}, h('summary', {}, `Periods (${full.length})`),
    h('ul', {}, full.map((x) => h('li', {}, h('button', {type: 'button', class: 'linklike', onclick: () => onPick(x)},
      `${x.period.slice(0, interval === 'month' ? 7 : 10)}: ${x.count} events, mean Goldstein ${fmtG(x.goldstein_mean)}`)))));
}

// listInterval lists the events of one period below the chart.
async function listInterval(el, a, b, bk, o, latest) {
  const from = bk.period;
  const to = periodEnd(bk.period, o.interval);
  const params = {dyad: o.directed ? `${a}>${b}` : `${a},${b}`, from, to, limit: 50, sort: 'date'};
  const tbody = h('tbody');
  const more = h('button', {type: 'button', class: 'more', hidden: true}, 'Load more');
  const head = h('h2', {tabindex: -1}, `Events ${from} – ${to}`);
  el.replaceChildren(head, message('info', 'Loading…'));
  let cursor = null;
  const page = async () => {
    const r = await get('events', {...params, cursor}, latest.signal());
    tbody.append(...(r.events || []).map(eventRow));
    cursor = r.next_cursor || null;
    more.hidden = !cursor;
    return r.events || [];
  };
  more.onclick = () => page().catch((e) => { if (!isAbort(e)) el.append(message('error', e.message)); });
  try {
    const first = await page();
    const table = h('table', {class: 'evtable'}, h('thead', {}, h('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Quad', 'Goldstein', 'Evidence']
      .map((t) => h('th', {scope: 'col'}, t)))), tbody);
    el.replaceChildren(head, first.length ? h('div', {class: 'table-wrap'}, table) : message('empty', 'No events in this period.'), more);
    head.scrollIntoView({block: 'start', behavior: 'smooth'});
    head.focus({preventScroll: true});
  } catch (e) {
    if (!isAbort(e)) el.replaceChildren(head, message('error', `Could not load events: ${e.message}`));
  }
}
