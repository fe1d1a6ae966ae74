// Actor-aware search box (ARIA combobox): typing a name or code suggests
// actors from /api/actors?q=, plus "any actor matching" and, optionally,
// "sentences containing" choices.

import {get, Latest, isAbort} from './api.js';
import {h, debounce} from './util.js';

let seq = 0;

// actorCombo builds the box. opts: {label, placeholder, text (offer a
// sentence-text choice), onPick(choice)}; a choice is {kind: 'actor',
// code, name} | {kind: 'match', value} | {kind: 'text', value}.
export function actorCombo(opts) {
  const id = `combo${++seq}`;
  const input = h('input', {
    id: `${id}-in`, type: 'search', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
    placeholder: opts.placeholder || '',
  });
  const list = h('ul', {id: `${id}-list`, role: 'listbox', class: 'combo-list', hidden: true,
    'aria-label': `${opts.label} suggestions`});
  const el = h('div', {class: 'combo'},
    h('label', {for: input.id, class: opts.hideLabel ? 'sr-only' : ''}, opts.label), input, list);
  const st = {choices: [], active: -1, latest: new Latest()};

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    st.active = -1;
  };
  const pick = (c) => {
    close();
    if (c) opts.onPick(c);
  };
  const show = (choices) => {
    st.choices = choices;
    list.replaceChildren(...choices.map((c, i) => optionEl(id, c, i, () => pick(c))));
    list.hidden = choices.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    setActive(0);
  };
  const setActive = (i) => {
    st.active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(i === j)));
    const li = list.children[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({block: 'nearest'});
    } else input.removeAttribute('aria-activedescendant');
  };
  const suggest = debounce(async () => {
    const q = input.value.trim();
    if (!q) return close();
    const base = [{kind: 'match', value: q}];
    if (opts.text) base.push({kind: 'text', value: q});
    try {
      const r = await get('actors', {q, limit: 8}, st.latest.signal());
      if (input.value.trim() !== q) return;
      show([...(r.actors || []).map((a) => ({kind: 'actor', ...a})), ...base]);
    } catch (e) {
      if (!isAbort(e)) show(base);
    }
  }, 200);

  input.addEventListener('input', suggest);
  input.addEventListener('keydown', (e) => {
    const n = st.choices.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      if (list.hidden) show(st.choices);
      else setActive((st.active + 1) % n);
    } else if (e.key === 'ArrowUp' && n && !list.hidden) {
      e.preventDefault();
      setActive((st.active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      suggest.cancel();
      const q = input.value.trim();
      if (!list.hidden && st.active >= 0) pick(st.choices[st.active]);
      else if (q) pick({kind: opts.text ? 'text' : 'match', value: q});
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return {el, input, close};
}

// optionEl renders one suggestion.
function optionEl(id, c, i, onPick) {
  let body;
  if (c.kind === 'actor') {
    body = [h('b', {}, c.code), ' ', c.name || '', h('span', {class: 'muted'}, ` · ${Number(c.total || 0).toLocaleString()} events`)];
  } else if (c.kind === 'match') {
    body = ['Any actor matching ', h('b', {}, `“${c.value}”`)];
  } else {
    body = ['Sentences containing ', h('b', {}, `“${c.value}”`)];
  }
  return h('li', {id: `${id}-opt${i}`, role: 'option', 'aria-selected': 'false',
    onmousedown: (e) => {
      e.preventDefault();
      onPick();
    }}, body);
}
