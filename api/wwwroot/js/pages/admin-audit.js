// Admin: the log of admin actions (GET /api/audit), newest first, filtered by kind, person and dates (Europe/Warsaw),
// paged by the endpoint (page, pageSize; the total in X-Total-Count).
import { api, ApiError, session } from '../api.js';
import { h, clear, integer } from '../dom.js';
import { count } from '../labels.js';
import { roleNames, timeElement, municipalities, warsawInstant, forbidden } from './admin-common.js';

const PAGE_SIZE = 25;

/** Polish names of the action kinds; a family (no dot) matches every kind under it. */
export const actionTypes = [
  ['user', 'Użytkownicy — wszystkie zmiany'],
  ['user.created', 'Utworzenie konta'],
  ['user.changed', 'Zmiana konta (rola, gmina, nazwa)'],
  ['user.locked', 'Zablokowanie konta'],
  ['user.unlocked', 'Odblokowanie konta'],
  ['user.reset', 'Reset hasła'],
  ['metrics', 'Importy wskaźników — wszystkie'],
  ['metrics.import', 'Import wskaźników z pliku'],
  ['metrics.import.bdl', 'Import wskaźników z BDL'],
  ['budget.import', 'Import budżetu'],
  ['assessment.close', 'Zamknięcie oceny gminy'],
  ['ranking.publish', 'Publikacja rankingu'],
  ['award.close', 'Zamknięcie konkursu'],
];
const typeNames = Object.fromEntries(actionTypes.filter(([id]) => id.includes('.')));
const wpis = ['wpis', 'wpisy', 'wpisów'];

export async function render(root, _params, { user }) {
  if (user.role !== 'admin') {
    forbidden(root, 'Dziennik zmian jest dostępny tylko dla administratorów.');
    return;
  }
  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Dziennik zmian'),
    h('h1', null, 'Dziennik zmian'),
    h('p', { class: 'lead' }, 'Działania administracyjne: zmiany kont, importy danych, publikacje rankingów i zamknięcia ocen. Najnowsze na górze; godziny według czasu polskiego.'));

  const users = await api.get('/api/users');
  const type = h('select', { id: 'dz-typ' }, h('option', { value: '' }, 'wszystkie działania'),
    actionTypes.map(([value, label]) => h('option', { value }, label)));
  const actor = h('select', { id: 'dz-kto' }, h('option', { value: '' }, 'wszyscy'),
    users.map(u => u.login).sort((a, b) => a.localeCompare(b, 'pl')).map(login => h('option', { value: login }, login)),
    h('option', { value: 'system' }, 'system (działania automatyczne)'));
  const from = h('input', { id: 'dz-od', type: 'date' });
  const to = h('input', { id: 'dz-do', type: 'date' });
  const error = h('div', { class: 'alert alert-error', role: 'alert', hidden: true });
  const status = h('p', { class: 'muted', role: 'status', id: 'dz-licznik' });
  const holder = h('div', { id: 'dz-tabela' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Strony dziennika', hidden: true });
  let page = 1;

  const filters = h('form', { class: 'card admin-filters', role: 'search', 'aria-label': 'Filtruj dziennik', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'dz-typ' }, 'Rodzaj działania'), type),
    h('div', { class: 'field' }, h('label', { for: 'dz-kto' }, 'Kto'), actor),
    h('div', { class: 'field' }, h('label', { for: 'dz-od' }, 'Od dnia'), from),
    h('div', { class: 'field' }, h('label', { for: 'dz-do' }, 'Do dnia'), to),
    h('div', { class: 'actions filter-actions' },
      h('button', { type: 'submit', class: 'button primary' }, 'Pokaż'),
      h('button', { type: 'button', class: 'button secondary', onclick: () => { filters.reset(); page = 1; load(); } }, 'Wyczyść filtry')));
  filters.addEventListener('submit', event => { event.preventDefault(); page = 1; load(); });
  for (const control of [type, actor]) control.addEventListener('change', () => { page = 1; load(); });

  async function load() {
    error.hidden = true;
    if (from.value && to.value && from.value > to.value) {
      error.textContent = 'Data „od” nie może być późniejsza niż data „do”.';
      error.hidden = false;
      return;
    }
    const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
    if (type.value) query.set('type', type.value);
    if (actor.value) query.set('actor', actor.value);
    if (from.value) query.set('from', warsawInstant(from.value));
    if (to.value) query.set('to', warsawInstant(to.value, true));
    status.textContent = 'Wczytywanie…';
    let answer;
    try {
      answer = await getWithTotal(`/api/audit?${query}`);
    } catch (e) {
      status.textContent = '';
      error.textContent = e instanceof ApiError && e.fieldErrors.length ? e.fieldErrors.map(f => f.message).join(' ') : e.message;
      error.hidden = false;
      return;
    }
    const { items, total } = answer;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const units = await municipalities(items.flatMap(a => `${a.target} ${a.detail ?? ''}`.match(/\b\d{7}\b/g) ?? []));
    status.textContent = total === 0 ? 'Brak wpisów dla tych filtrów.'
      : `${count(total, wpis)}; strona ${integer(page)} z ${integer(pages)}.`;
    clear(holder);
    if (items.length) {
      holder.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data stack-table', id: 'dziennik' },
        h('caption', { class: 'visually-hidden' }, 'Wpisy dziennika, najnowsze pierwsze'),
        h('thead', null, h('tr', null, ['Kiedy', 'Kto', 'Działanie', 'Czego dotyczy', 'Szczegóły'].map(x => h('th', { scope: 'col' }, x)))),
        h('tbody', null, items.map(a => h('tr', { dataset: { type: a.type } },
          cell('td', 'Kiedy', { class: 'nowrap' }, timeElement(a.at, { seconds: true })),
          cell('td', 'Kto', {}, a.actor),
          cell('td', 'Działanie', {}, typeNames[a.type] ?? a.type),
          cell('td', 'Czego dotyczy', { class: 'wrap-anywhere' }, humanize(a.target, units)),
          cell('td', 'Szczegóły', { class: 'wrap-anywhere' }, a.detail ? humanize(a.detail, units) : h('span', { class: 'muted' }, '—'))))))));
    }
    clear(pager).hidden = pages <= 1;
    if (pages > 1) {
      pager.append(
        h('button', { type: 'button', class: 'button secondary', disabled: page <= 1, onclick: () => { page--; load(); } }, '← Nowsze'),
        h('span', { class: 'muted' }, `Strona ${integer(page)} z ${integer(pages)}`),
        h('button', { type: 'button', class: 'button secondary', disabled: page >= pages, onclick: () => { page++; load(); } }, 'Starsze →'));
    }
  }

  root.append(filters, error, status, holder, pager);
  await load();
}

/** Role codes and TERYT codes in a log text shown as words and names: "rola: jst, gmina: 0223093" → "rola: pracownik JST, gmina: Żórawina (0223093)". */
function humanize(text, units) {
  return String(text)
    .replace(/\b(rola: (?:[a-z]+ → )?)([a-z]+)\b/g, (_m, head, role) => head.replace(/([a-z]+)(?= → )/, r => roleNames[r] ?? r) + (roleNames[role] ?? role))
    .replace(/\b\d{7}\b/g, teryt => units.has(teryt) ? `${units.get(teryt).name} (${teryt})` : teryt);
}

/** GET with the cookie that also reads the total of a paged list from X-Total-Count. */
async function getWithTotal(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { detail: 'Brak połączenia z serwerem. Sprawdź sieć i spróbuj ponownie.' });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { detail: text }; }
  }
  if (response.status === 401) session.clear();
  if (!response.ok) throw new ApiError(response.status, data);
  const total = Number(response.headers.get('X-Total-Count'));
  return { items: data ?? [], total: Number.isFinite(total) ? total : (data ?? []).length };
}

/** A table cell labelled with its column (shown before the value when the table is stacked on a phone). */
function cell(tag, label, attrs, ...children) {
  return h(tag, { ...attrs, 'data-label': label }, h('div', { class: 'cell' }, ...children));
}
