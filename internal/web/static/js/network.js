// Actor network for a date range (Cytoscape): node size = events, edge
// width = count, edge colour = mean Goldstein. Clicking an edge opens the
// dyad view; clicking a node opens the actor. An edge table below gives the
// same links to keyboard and screen-reader users.

import {get, getStats, Latest, isAbort} from './api.js';
import {h, message, loadScript, goldsteinColor, fmtG, toQuery} from './util.js';

// renderNetwork draws #/network?from&to&min&limit&actor.
export function renderNetwork(main, _args, query) {
  const o = {from: query.from || '', to: query.to || '', min: query.min || '1', limit: query.limit || '150', actor: query.actor || ''};
  const latest = new Latest();
  const graph = h('div', {id: 'network', class: 'graph', role: 'img', 'aria-label': 'Actor network graph; the edge table below lists the same links'});
  const status = h('div', {role: 'status', 'aria-live': 'polite'});
  const tableBox = h('div', {class: 'edge-table'});
  const controlsBox = h('div', {}, controls(o));
  main.append(h('section', {class: 'view network'}, h('h1', {}, 'Actor network'),
    controlsBox, status, legend(), graph, tableBox));
  let cy = null;
  (async () => {
    status.replaceChildren(message('info', 'Loading network…'));
    try {
      if (!o.from && !o.to && !('all' in query)) {
        const st = await getStats().catch(() => null);
        if (st && st.last_date) Object.assign(o, defaultRange(st));
        controlsBox.replaceChildren(controls(o));
      }
      const params = {from: o.from, to: o.to, min: o.min, limit: o.limit, actor: o.actor};
      const [r] = await Promise.all([get('network', params, latest.signal()), loadScript('vendor/cytoscape.min.js')]);
      const edges = r.edges || [];
      if (!edges.length) {
        status.replaceChildren(message('empty', 'No actor pairs in this range. Widen the dates or lower the minimum.'));
        graph.hidden = true;
        return;
      }
      status.replaceChildren(h('p', {class: 'summary'}, `${(r.nodes || []).length} actors, ${edges.length} links${rangeText(o)}. Click a link for its timeline, an actor for its profile.`));
      cy = draw(graph, r.nodes || [], edges, o);
      tableBox.replaceChildren(edgeTable(edges, o));
    } catch (e) {
      if (!isAbort(e)) status.replaceChildren(message('error', `Could not load the network: ${e.message}`));
    }
  })();
  return () => {
    latest.abort();
    if (cy) cy.destroy();
  };
}

// defaultRange is the last 12 months of data, so the first view is bounded.
function defaultRange(s) {
  const to = new Date(s.last_date + 'T00:00:00Z');
  const from = new Date(to);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  from.setUTCDate(from.getUTCDate() + 1);
  const f = from.toISOString().slice(0, 10);
  return {from: s.first_date && s.first_date > f ? s.first_date : f, to: s.last_date};
}

function rangeText(o) {
  if (o.from || o.to) return `, ${o.from || '…'} – ${o.to || '…'}`;
  return '';
}

// controls edits the range and thresholds (applied on change).
function controls(o) {
  const set = (k, v) => {
    location.hash = `#/network?${toQuery({...o, [k]: v})}`;
  };
  const input = (k, label, type, extra = {}) => {
    const el = h('input', {id: `n-${k}`, type, value: o[k], ...extra, onchange: () => set(k, el.value.trim())});
    return h('span', {class: 'field'}, h('label', {for: el.id}, label), el);
  };
  return h('div', {class: 'controls'},
    input('from', 'From', 'date'), input('to', 'To', 'date'),
    input('min', 'Min. events per link', 'number', {min: 1, step: 1, inputmode: 'numeric'}),
    input('limit', 'Max. links', 'number', {min: 1, max: 5000, step: 10, inputmode: 'numeric'}),
    input('actor', 'Involving actor', 'text', {placeholder: 'code or name'}));
}

// legend explains sizes and colours.
function legend() {
  const stop = (g, t) => h('span', {class: 'lg-item'}, h('span', {class: 'swatch line', style: `background:${goldsteinColor(g)}`}), t);
  return h('p', {class: 'legend'}, 'Link colour = mean Goldstein: ', stop(-8, 'conflict'), stop(0, 'neutral'), stop(8, 'cooperation'),
    ' · link width = events · circle size = events of the actor');
}

// draw renders the graph with Cytoscape.
function draw(el, nodes, edges, o) {
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  const known = new Map(nodes.map((n) => [n.code, n]));
  for (const c of used) if (!known.has(c)) known.set(c, {code: c, name: c, out_count: 0, in_count: 0});
  const maxN = Math.max(1, ...[...known.values()].map((n) => (n.out_count || 0) + (n.in_count || 0)));
  const maxE = Math.max(1, ...edges.map((e) => e.count));
  const elements = [
    ...[...known.values()].filter((n) => used.has(n.code)).map((n) => ({group: 'nodes', data: {
      id: n.code, label: n.code, name: n.name || n.code,
      size: 18 + 42 * Math.sqrt(((n.out_count || 0) + (n.in_count || 0)) / maxN)}})),
    ...edges.map((e) => ({group: 'edges', data: {
      id: `${e.source}>${e.target}`, source: e.source, target: e.target, count: e.count,
      width: 1.5 + 10 * Math.sqrt(e.count / maxE), color: goldsteinColor(e.goldstein_mean), g: e.goldstein_mean}})),
  ];
  const cy = window.cytoscape({
    container: el, elements, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 4,
    style: [
      {selector: 'node', style: {label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#4a5568',
        color: '#111', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4,
        'text-outline-color': '#fff', 'text-outline-width': 2}},
      {selector: 'edge', style: {width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85, 'arrow-scale': 0.8}},
      {selector: 'edge:selected, edge.hover', style: {opacity: 1, 'overlay-opacity': 0.15, 'overlay-color': '#000'}},
      {selector: 'node.hover', style: {'background-color': '#1a202c'}},
    ],
    layout: {name: elements.length > 400 ? 'circle' : 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90, fit: true, padding: 24},
  });
  const range = toQuery({from: o.from, to: o.to});
  cy.on('tap', 'edge', (e) => {
    const d = e.target.data();
    location.hash = `#/dyad/${encodeURIComponent(d.source)}/${encodeURIComponent(d.target)}${range ? '?' + range : ''}`;
  });
  cy.on('tap', 'node', (e) => { location.hash = `#/actor/${encodeURIComponent(e.target.id())}`; });
  cy.on('mouseover', 'edge, node', (e) => {
    e.target.addClass('hover');
    const d = e.target.data();
    el.title = e.target.isEdge() ? `${d.source} → ${d.target}: ${d.count} events, mean Goldstein ${fmtG(d.g)}` : `${d.id}: ${d.name}`;
    el.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'edge, node', (e) => {
    e.target.removeClass('hover');
    el.title = '';
    el.style.cursor = '';
  });
  el._cy = cy;
  return cy;
}

// edgeTable lists the links with dyad-view links (sorted by count).
function edgeTable(edges, o) {
  const range = toQuery({from: o.from, to: o.to});
  const rows = [...edges].sort((a, b) => b.count - a.count).slice(0, 200);
  return h('details', {class: 'edges'}, h('summary', {}, `Links as a table (${rows.length} busiest)`),
    h('div', {class: 'table-wrap'}, h('table', {}, h('thead', {}, h('tr', {},
      ['Link', 'Events', 'Mean Goldstein'].map((t) => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, rows.map((e) => h('tr', {},
      h('td', {}, h('a', {href: `#/dyad/${encodeURIComponent(e.source)}/${encodeURIComponent(e.target)}${range ? '?' + range : ''}`}, `${e.source} → ${e.target}`)),
      h('td', {class: 'num'}, e.count),
      h('td', {class: 'num'}, h('span', {class: 'swatch', style: `background:${goldsteinColor(e.goldstein_mean)}`}), ' ', fmtG(e.goldstein_mean))))))));
}
