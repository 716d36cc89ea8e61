// Metric values of one municipality and year, with each value's standing in the peer group.
import { api } from '../api.js';
import { h, plain } from '../dom.js';
import { mapCard } from '../map.js';

export async function render(root, { teryt, year }, { toast }) {
  const [indicators, stored, unit] = await Promise.all([
    api.get('/api/indicators'),
    api.find(`/api/metrics/${teryt}/${year}`).catch(() => null),
    api.find(`/api/municipalities/${teryt}`).catch(() => null),
  ]);
  const values = stored?.values ?? {};
  const sources = stored?.sources ?? {};
  const synthetic = new Set(stored?.synthetic ?? []);
  // Where a stored value comes from: a named import (e.g. GUS BDL), demo data, or nothing to say.
  const sourceOf = id => sources[id] ?? (synthetic.has(id) ? 'dane syntetyczne (demonstracyjne)' : '');
  const areas = new Map();
  for (const indicator of indicators ?? []) {
    if (indicator.context) continue;
    const key = indicator.area ?? 'inne';
    if (!areas.has(key)) areas.set(key, []);
    areas.get(key).push(indicator);
  }
  const form = h('form', { class: 'card', novalidate: true });
  const error = h('div', { class: 'alert alert-error', role: 'alert', hidden: true });
  for (const [area, list] of areas) {
    form.append(h('h2', null, area), h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Wskaźnik'), h('th', { scope: 'col' }, 'Jednostka'), h('th', { scope: 'col' }, 'Wartość'), h('th', { scope: 'col' }, 'Źródło'))),
      h('tbody', null, list.map(i => h('tr', null,
        h('th', { scope: 'row' }, h('label', { for: `w-${i.id}` }, i.name), h('span', { class: 'muted' }, ` (${i.polarity === '-' ? 'im mniej, tym lepiej' : 'im więcej, tym lepiej'})`)),
        h('td', null, i.unit ?? ''),
        h('td', null, h('input', { id: `w-${i.id}`, name: i.id, inputmode: 'decimal', value: values[i.id] ?? '', size: 10 })),
        h('td', { class: 'muted' }, sourceOf(i.id))))))));
  }
  form.append(error, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, 'Zapisz wskaźniki')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    const payload = {};
    for (const input of form.querySelectorAll('input[name]')) {
      const raw = input.value.trim().replace(/\s/g, '').replace(',', '.');
      payload[input.name] = raw === '' ? null : Number(raw);
      if (raw !== '' && Number.isNaN(payload[input.name])) {
        error.textContent = `Wartość wskaźnika ${input.name} nie jest liczbą.`;
        error.hidden = false;
        input.focus();
        return;
      }
    }
    try {
      await api.put(`/api/metrics/${teryt}/${year}`, { values: payload });
      toast('Zapisano wskaźniki.', 'ok');
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  });
  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Wskaźniki'),
    h('h1', null, `Wskaźniki ${year}: ${unit?.name ?? teryt}`),
    h('p', { class: 'lead' }, `Wartości za rok ${year}. Puste pole oznacza brak danych. ${plain(Object.keys(values).length)} zapisanych wartości.`),
    form,
    benchmarkMap(indicators ?? [], teryt, year, unit?.name ?? teryt));
}

/** The national map of one indicator for the year: bands in each gmina's own peer group, or the values; this gmina and its peers outlined. */
function benchmarkMap(indicators, teryt, year, name) {
  const mapped = indicators.filter(i => !i.context);
  if (!mapped.length) return null;
  const indicator = h('select', { id: 'mapa-wskaznik' }, mapped.map(i => h('option', { value: i.id }, `${i.id} – ${i.name}`)));
  const mode = h('select', { id: 'mapa-tryb' },
    h('option', { value: 'bands' }, 'pasma w grupie porównawczej'), h('option', { value: 'values' }, 'wartości (kwintyle)'));
  const path = () => `/api/maps/benchmarks/${encodeURIComponent(indicator.value)}.svg?year=${encodeURIComponent(year)}&mode=${mode.value}&highlight=${encodeURIComponent(teryt)}`;
  const caption = () => mode.value === 'bands'
    ? `Każda gmina w swojej grupie porównawczej (ta sama kategoria i klasa wielkości): zielona – najlepsze 25%, żółta – środkowe 50%, czerwona – najsłabsze 25%. Obwiedzione: ${name} i gminy z jej grupy.`
    : `Wartości wskaźnika w pięciu klasach po ok. 20% gmin. Obwiedzione: ${name} i gminy z jej grupy porównawczej.`;
  const card = mapCard({
    id: 'mapa-wskaznika', heading: `Mapa wskaźnika ${year}`, path: path(), caption: caption(),
    controls: h('div', { class: 'map-controls' },
      h('div', null, h('label', { for: 'mapa-wskaznik' }, 'Wskaźnik'), indicator),
      h('div', null, h('label', { for: 'mapa-tryb' }, 'Pokaż'), mode)),
  });
  const reload = () => card.load(path(), caption());
  indicator.addEventListener('change', reload);
  mode.addEventListener('change', reload);
  return card;
}
