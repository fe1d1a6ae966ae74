// Entry point: hash router. Routes:
//   #/events?filters   event table        #/doc/KEY?e=EVENT  article view
//   #/dyad/A/B?...     dyad timeline      #/network?from&to  actor network
//   #/actor/CODE       actor summary      #/threads          story threads

import {getStats} from './api.js';
import {h, parseQuery, message} from './util.js';
import {renderEvents} from './events.js';
import {renderDyad} from './dyad.js';
import {renderNetwork} from './network.js';
import {renderArticle} from './article.js';
import {renderActor} from './actor.js';
import {renderThreads} from './threads.js';

const routes = {
  events: renderEvents,
  dyad: renderDyad,
  network: renderNetwork,
  doc: renderArticle,
  actor: renderActor,
  threads: renderThreads,
};

let current = null; // {path, cleanup, update} of the view on screen

// parseHash splits "#/dyad/CHN/PRK?interval=week" into parts.
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, qs] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return {name: parts[0] || 'events', args: parts.slice(1), query: parseQuery(qs), path};
}

// route renders the view the hash names into <main>. A view may return a
// cleanup function, or {cleanup, update}: update(query) is then called
// instead of a re-render when only the query part of the hash changed, so
// focus and scroll stay where they are.
function route() {
  const r = parseHash(location.hash);
  markNav(r.name);
  if (current && current.path === r.path && current.update) {
    current.update(r.query);
    return;
  }
  if (current && current.cleanup) current.cleanup();
  current = null;
  const main = document.getElementById('main');
  main.replaceChildren();
  const render = routes[r.name];
  if (!render) {
    main.append(message('error', `No such view: ${r.name}`), h('a', {href: '#/events'}, 'Go to the event table'));
    return;
  }
  document.title = `dyad · ${r.name}${r.args.length ? ' ' + r.args.join(' ') : ''}`;
  const out = render(main, r.args, r.query);
  current = typeof out === 'function' ? {cleanup: out} : {...(out || {})};
  current.path = r.path;
  main.focus({preventScroll: true});
}

// markNav flags the navigation link of the current view.
function markNav(name) {
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// showStats writes the database summary in the header.
async function showStats() {
  const el = document.getElementById('stats');
  try {
    const s = await getStats();
    const range = s.first_date ? ` · ${s.first_date} – ${s.last_date}` : '';
    el.textContent = `${Number(s.events).toLocaleString()} events · ${Number(s.documents).toLocaleString()} articles${range}`;
  } catch (e) {
    el.textContent = `API unavailable: ${e.message}`;
  }
}

window.addEventListener('hashchange', route);
showStats();
route();
