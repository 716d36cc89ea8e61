// Choosing instead of typing ids: a gmina search by name (diacritics and case ignored: "zorawina" finds Żórawina)
// and a select filled from a list endpoint. Both are plain form controls with labels, usable by keyboard.
import { api } from './api.js';
import { h, clear } from './dom.js';
import { categorySingular, count, nouns, foldText } from './labels.js';

let sequence = 0;

/**
 * A search box with a list of matching gminas (name, kind, powiat, voivodeship, TERYT). Choosing one calls
 * onChoose(unit) and shows it as chosen. options: {label, initial: unit or null, onChoose, limit}.
 * The element has .value (the chosen TERYT or '') and .focus().
 */
export function gminaPicker({ label = 'Gmina', initial = null, onChoose = () => {}, limit = 12, required = false } = {}) {
  const id = `gmina-${++sequence}`;
  const input = h('input', { id, type: 'search', autocomplete: 'off', spellcheck: 'false', placeholder: 'np. Żórawina albo zorawina',
    'aria-describedby': `${id}-pomoc`, 'aria-controls': `${id}-lista`, required });
  const status = h('p', { class: 'muted picker-status', id: `${id}-pomoc`, role: 'status' }, 'Wpisz co najmniej 2 litery nazwy gminy albo kod TERYT.');
  const list = h('ul', { class: 'picker-results', id: `${id}-lista`, 'aria-label': 'Znalezione gminy' });
  const chosen = h('p', { class: 'picker-chosen', hidden: true });
  const root = h('div', { class: 'picker' }, h('label', { for: id }, label), input, status, list, chosen);
  root.value = '';
  let timer = null;
  let asked = 0;

  function choose(unit) {
    root.value = unit.teryt;
    input.value = unit.name;
    clear(list);
    chosen.hidden = false;
    clear(chosen).append('Wybrano: ', h('strong', null, unit.name), ` (${describe(unit)}, TERYT ${unit.teryt})`);
    status.textContent = '';
    onChoose(unit);
  }

  async function search() {
    const text = input.value.trim();
    const mine = ++asked;
    if (text.length < 2) {
      clear(list);
      status.textContent = 'Wpisz co najmniej 2 litery nazwy gminy albo kod TERYT.';
      return;
    }
    status.textContent = 'Szukam…';
    let units;
    try {
      units = await api.get(`/api/municipalities?q=${encodeURIComponent(text)}`);
    } catch (error) {
      if (mine === asked) status.textContent = error.message;
      return;
    }
    if (mine !== asked) return;
    // The server ignores diacritics and case; the same folding orders exact-start matches first here.
    const folded = foldText(text);
    const sorted = [...(units ?? [])].sort((a, b) =>
      Number(!foldText(a.name).startsWith(folded)) - Number(!foldText(b.name).startsWith(folded)) || a.name.localeCompare(b.name, 'pl'));
    const shown = sorted.slice(0, limit);
    clear(list).append(...shown.map(unit => h('li', null, h('button', { type: 'button', class: 'picker-option', onclick: () => choose(unit) },
      h('span', { class: 'picker-name' }, unit.name), h('span', { class: 'muted' }, ` ${describe(unit)} · TERYT ${unit.teryt}`)))));
    status.textContent = units.length === 0
      ? 'Nie znaleziono gminy o takiej nazwie.'
      : units.length > shown.length
        ? `Znaleziono ${count(units.length, nouns.gmina)}, pokazano ${shown.length}. Doprecyzuj nazwę.`
        : `Znaleziono ${count(units.length, nouns.gmina)}.`;
  }

  input.addEventListener('input', () => {
    root.value = '';
    chosen.hidden = true;
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const first = list.querySelector('button');
      if (first) first.click(); else search();
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      list.querySelector('button')?.focus();
    }
  });
  list.addEventListener('keydown', event => {
    const buttons = [...list.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < buttons.length - 1) { event.preventDefault(); buttons[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? buttons[at - 1] : input).focus(); }
  });
  if (initial) choose(initial);
  root.focus = () => input.focus();
  return root;
}

function describe(unit) {
  const parts = [categorySingular(unit.category)];
  if (unit.powiat) parts.push(`powiat ${unit.powiat}`);
  if (unit.voivodeship) parts.push(`woj. ${unit.voivodeship}`);
  return parts.filter(Boolean).join(', ');
}

/**
 * A labelled select filled from a list: items [{value, label}], with an optional empty first choice.
 * options: {label, items, value, onChange, empty}.
 */
export function listSelect({ label, items, value = '', onChange = () => {}, empty = null, id = `wybor-${++sequence}` }) {
  const select = h('select', { id, onchange: () => onChange(select.value) },
    empty !== null ? h('option', { value: '' }, empty) : null,
    items.map(item => h('option', { value: item.value, selected: item.value === value }, item.label)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}
