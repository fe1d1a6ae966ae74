// Actor view: counts, active dates, the actors it acts on and is acted on
// by (each linked to the dyad view), and a link to its events.

import {get, Latest, isAbort} from './api.js';
import {h, message, fmtG, goldsteinColor} from './util.js';

// renderActor draws #/actor/CODE.
export function renderActor(main, args) {
  const code = (args[0] || '').toUpperCase();
  const latest = new Latest();
  const view = h('section', {class: 'view actor-view'}, message('info', `Loading ${code}…`));
  main.append(view);
  get(`actors/${encodeURIComponent(code)}`, {}, latest.signal()).then((a) => {
    view.replaceChildren(
      h('h1', {}, a.name || a.code, ' ', h('span', {class: 'code'}, `(${a.code})`)),
      h('p', {}, `${Number(a.as_source || 0).toLocaleString()} events as source, ${Number(a.as_target || 0).toLocaleString()} as target`,
        a.first_date ? ` · ${a.first_date} – ${a.last_date}` : ''),
      h('p', {}, h('a', {class: 'button-link', href: `#/events?actor=${encodeURIComponent(a.code)}`}, 'Events of this actor →'), ' ',
        h('a', {class: 'button-link', href: `#/network?actor=${encodeURIComponent(a.code)}&all=1`}, 'Network around it →')),
      h('div', {class: 'two-col'},
        partners('Acts on', a.code, a.top_targets, false),
        partners('Acted on by', a.code, a.top_sources, true)));
  }).catch((e) => {
    if (isAbort(e)) return;
    view.replaceChildren(message(e.status === 404 ? 'empty' : 'error',
      e.status === 404 ? `${code} takes part in no event.` : `Could not load ${code}: ${e.message}`),
    h('a', {href: `#/events?actor=${encodeURIComponent(code)}`}, `Search events for “${code}”`));
  });
  return () => latest.abort();
}

// partners is a table of counterpart actors with dyad links.
function partners(title, code, list, reverse) {
  const rows = list || [];
  return h('section', {class: 'panel'}, h('h2', {}, title),
    rows.length ? h('table', {}, h('thead', {}, h('tr', {}, ['Actor', 'Events', 'Mean Goldstein'].map((t) => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, rows.map((p) => {
        const [s, t] = reverse ? [p.code, code] : [code, p.code];
        return h('tr', {},
          h('td', {}, h('a', {href: `#/dyad/${encodeURIComponent(s)}/${encodeURIComponent(t)}`, title: `Timeline ${s} and ${t}`}, p.code), ' ', p.name || ''),
          h('td', {class: 'num'}, p.count),
          h('td', {class: 'num', style: `color:${goldsteinColor(p.goldstein_mean)}`}, fmtG(p.goldstein_mean)));
      }))) : message('empty', 'None.'));
}
