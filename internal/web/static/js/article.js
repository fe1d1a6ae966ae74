// Article view: the cleaned text with actors, event verbs, quotes and places
// highlighted (toggleable layers with a legend), each event explained, and
// the evidence sentence of the selected event marked and scrolled to.

import {get, Latest, isAbort} from './api.js';
import {h, actorEl, quadBadge, fmtG, cameoName, goldsteinColor, message, toQuery} from './util.js';
import {paintParagraphs} from './paint.js';

const LAYERS = [
  ['ent', 'Actors'], ['verb', 'Event verbs'], ['quote', 'Quotes'], ['place', 'Places'], ['evidence', 'Evidence sentence'],
];

// renderArticle draws #/doc/KEY?e=EVENT_ID&s=SENTENCE; returns {update, cleanup}.
export function renderArticle(main, args, query) {
  const key = args[0] || '';
  const latest = new Latest();
  const view = h('section', {class: 'view article'}, message('info', 'Loading article…'));
  main.append(view);
  let d = null;
  let q = query;
  (async () => {
    try {
      d = await get(`documents/${encodeURIComponent(key)}`, {}, latest.signal());
      draw(view, d, key);
      select(view, d, q, true);
    } catch (e) {
      if (isAbort(e)) return;
      view.replaceChildren(message('error', e.status === 404 ? `No article with key ${key}.` : `Could not load the article: ${e.message}`),
        h('a', {href: '#/events'}, 'Back to the event table'));
    }
  })();
  return {
    update(query2) {
      q = query2;
      if (d) select(view, d, q, true);
    },
    cleanup: () => latest.abort(),
  };
}

// draw renders the whole article once.
function draw(view, d, key) {
  const text = h('div', {class: 'doc-text', lang: 'en'});
  paintParagraphs(text, d, (evIndex) => pickEvent(d, key, evIndex));
  const meta = [d.date, d.source, (d.authors || []).join(', ')].filter(Boolean).join(' · ');
  const events = d.events || [];
  view.replaceChildren(
    h('nav', {class: 'crumbs'}, h('a', {href: '#/events'}, '← Events')),
    h('p', {class: 'meta muted'}, meta, d.url ? [' · ', h('a', {href: d.url, rel: 'noopener noreferrer', target: '_blank'}, 'original ↗')] : null,
      d.version > 1 ? ` · version ${d.version}` : null, d.latest === false ? ' · superseded by a newer version' : null),
    layerToggles(view),
    h('div', {class: 'doc-grid'},
      h('article', {class: 'doc-body', 'aria-label': 'Article text'}, text),
      h('aside', {class: 'doc-side'},
        panel(`Events (${events.length})`, 'events', events.length ? events.map((ev, i) => eventCard(ev, i, key)) : message('empty', 'No events were coded in this article.')),
        panel(`Quotes (${(d.quotes || []).length})`, 'quotes', quoteList(d)),
        panel(`Places (${(d.locations || []).length})`, 'places', placeList(d)),
        panel(`Actors (${uniqueActors(d).length})`, 'actors', actorList(d)))));
}

// pickEvent selects event i: the hash changes, update() marks it.
function pickEvent(d, key, i) {
  const ev = (d.events || [])[i];
  if (!ev) return;
  const s = ev.sentence ? ev.sentence.index : '';
  location.hash = `#/doc/${encodeURIComponent(key)}?${toQuery({e: ev.id || `#${i}`, s})}`;
}

// select marks the evidence sentence and event card named by the query.
function select(view, d, q, scroll) {
  for (const el of view.querySelectorAll('.evidence, .ev-card.selected')) el.classList.remove('evidence', 'selected');
  const events = d.events || [];
  let i = events.findIndex((ev) => ev.id && ev.id === q.e);
  if (i < 0 && q.e && q.e.startsWith('#')) i = Number(q.e.slice(1));
  const ev = events[i];
  const s = ev && ev.sentence ? ev.sentence.index : (q.s !== undefined && q.s !== '' ? Number(q.s) : null);
  if (s === null || Number.isNaN(s)) return;
  const sent = view.querySelector(`.sent[data-s="${s}"]`);
  if (sent) {
    sent.classList.add('evidence');
    sent.setAttribute('tabindex', '-1');
    if (scroll) {
      sent.scrollIntoView({block: 'center'});
      sent.focus({preventScroll: true});
    }
  }
  const card = ev ? view.querySelector(`.ev-card[data-i="${i}"]`) : null;
  if (card) {
    card.classList.add('selected');
    const box = card.closest('.panel-events');
    if (box && box.scrollHeight > box.clientHeight) box.scrollTop = card.offsetTop - box.offsetTop - 8;
  }
}

// layerToggles is the legend; each entry switches its highlight on or off.
function layerToggles(view) {
  return h('fieldset', {class: 'legend layers'}, h('legend', {}, 'Highlights'),
    LAYERS.map(([k, label]) => {
      const box = h('input', {type: 'checkbox', id: `layer-${k}`, checked: true,
        onchange: () => view.classList.toggle(`hide-${k}`, !box.checked)});
      return h('label', {for: box.id, class: 'lg-item'}, box, h('span', {class: `swatch hl-${k}`}), label);
    }));
}

// panel is a titled side section.
function panel(title, cls, body) {
  return h('section', {class: `panel panel-${cls}`}, h('h2', {}, title), body);
}

// eventCard explains one event.
function eventCard(ev, i, key) {
  const s = ev.sentence ? ev.sentence.index : '';
  const href = `#/doc/${encodeURIComponent(key)}?${toQuery({e: ev.id || `#${i}`, s})}`;
  const loc = ev.location;
  const flags = [ev.negated && 'negated', ev.hypothetical && 'hypothetical', ev.historical && 'historical'].filter(Boolean);
  const row = (k, ...v) => [h('dt', {}, k), h('dd', {}, ...v)];
  const src = ev.source ? ev.source.code : '?';
  const tgt = ev.target ? ev.target.code : '–';
  return h('div', {class: 'ev-card', dataset: {i}},
    h('h3', {}, h('a', {href, 'aria-label': `Event ${i + 1}: ${src} to ${tgt}, ${ev.cameo}; show its sentence`},
      actorName(ev.source), ' → ', actorName(ev.target))),
    h('dl', {},
      row('Event', h('span', {class: 'code'}, ev.cameo), ' ', cameoName(ev), ev.verb ? [' · verb ', h('q', {}, ev.verb)] : null,
        flags.length ? h('span', {class: 'flag'}, ` (${flags.join(', ')})`) : null),
      row('Quad', quadBadge(ev.quad_class)),
      row('Goldstein', h('span', {class: 'gold', style: `color:${goldsteinColor(ev.goldstein)}`}, fmtG(ev.goldstein))),
      ev.plover && ev.plover !== '-' ? row('PLOVER', ev.plover) : null,
      row('Date', ev.date || 'unknown', ev.date_text ? ` (from “${ev.date_text}”)` : ''),
      loc ? row('Place', placeName(loc), loc.inferred ? ' (from the article)' : '') : null,
      ev.attribution ? row('Said by', ev.attribution) : null,
      row('Rule', h('code', {}, ev.rule || '–')),
      row('Sentence', `#${s}`)));
}

// placeName is "name, admin1, country" without repeats.
function placeName(l) {
  const parts = [l.name, l.admin1, l.country].filter(Boolean);
  return parts.filter((p, i) => parts.indexOf(p) === i).join(', ');
}

// actorName is "Name (CODE)" linked to the actor view.
function actorName(a) {
  if (!a) return h('span', {class: 'muted'}, 'no target');
  return h('span', {}, a.name || a.text || a.code, ' ', h('span', {class: 'code'}, `(${a.code || '?'})`));
}

// quoteList lists the quotes with their speakers.
function quoteList(d) {
  const qs = d.quotes || [];
  if (!qs.length) return message('empty', 'No quotes found in this article.');
  return h('ul', {class: 'plain'}, qs.map((x) => h('li', {},
    h('blockquote', {class: x.direct ? 'direct' : 'indirect'}, x.direct ? `“${x.text}”` : x.text),
    h('p', {class: 'muted'}, '— ', x.speaker ? [x.speaker.name || x.speaker.text || '', ' ', actorEl(x.speaker)] : 'unknown speaker',
      x.via ? ` via ${x.via}` : '', x.direct ? ' · direct' : ' · reported', x.fragment ? ' · fragment' : '',
      x.date ? ` · ${x.date}` : ''))));
}

// placeList lists the resolved places.
function placeList(d) {
  const ls = d.locations || [];
  if (!ls.length) return message('empty', 'No places found in this article.');
  return h('ul', {class: 'plain'}, ls.map((l) => h('li', {},
    h('b', {}, l.name || l.text), ' ', placeName({...l, name: ''}),
    l.lat || l.lon ? h('span', {class: 'muted'}, ` · ${Number(l.lat).toFixed(2)}, ${Number(l.lon).toFixed(2)}`) : null,
    l.text && l.text !== l.name ? h('span', {class: 'muted'}, ` · “${l.text}”`) : null)));
}

// uniqueActors are the coded entities, one per code.
function uniqueActors(d) {
  const seen = new Map();
  for (const e of d.entities || []) if (e.code && !seen.has(e.code)) seen.set(e.code, e);
  return [...seen.values()];
}

// actorList links each actor of the article.
function actorList(d) {
  const as = uniqueActors(d);
  if (!as.length) return message('empty', 'No coded actors.');
  return h('ul', {class: 'plain actors'}, as.map((e) => h('li', {},
    h('a', {href: `#/actor/${encodeURIComponent(e.code)}`}, e.code), ' ', e.name || e.text,
    h('span', {class: 'muted'}, e.type ? ` · ${e.type}` : ''))));
}
