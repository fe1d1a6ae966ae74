// Threads view: story threads when the store has them; until then the API
// answers 501 and the view says so.

import {get, getStats, Latest, isAbort} from './api.js';
import {h, message} from './util.js';

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
      const cols = Object.keys(rows[0]);
      body.replaceChildren(h('div', {class: 'table-wrap'}, h('table', {},
        h('thead', {}, h('tr', {}, cols.map((c) => h('th', {scope: 'col'}, c)))), tbody)), more);
      tbody.dataset.cols = JSON.stringify(cols);
    }
    const cols = JSON.parse(tbody.dataset.cols);
    tbody.append(...rows.map((row) => h('tr', {}, cols.map((c) => h('td', {}, cell(row[c]))))));
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

// cell shows one value; arrays and objects as compact JSON.
function cell(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
