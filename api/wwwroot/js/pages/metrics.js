// Metric values of one municipality and year, with each value's standing in the peer group.
import { api } from '../api.js';
import { h, clear, plain } from '../dom.js';
import { mapCard } from '../map.js';
import { seriesChart } from '../chart.js';
import { listSelect } from '../picker.js';
import { count, nouns, peerChoices, groupInWords } from '../labels.js';

const numberFormat = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2 });

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
    const key = indicator.areaName ?? indicator.area ?? 'inne';
    if (!areas.has(key)) areas.set(key, []);
    areas.get(key).push(indicator);
  }
  const historyCard = history(indicators ?? [], teryt, Number(year));
  const form = h('form', { class: 'card', novalidate: true });
  const error = h('div', { class: 'alert alert-error', role: 'alert', hidden: true });
  for (const [area, list] of areas) {
    form.append(h('h2', null, area), h('div', { class: 'table-wrap' }, h('table', { class: 'data metrics-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Wskaźnik'), h('th', { scope: 'col' }, 'Jednostka'), h('th', { scope: 'col' }, 'Wartość'), h('th', { scope: 'col' }, 'Źródło'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Wykres')))),
      h('tbody', null, list.map(i => h('tr', null,
        h('th', { scope: 'row' }, h('label', { for: `w-${i.id}` }, i.name), h('span', { class: 'muted' }, ` (${i.polarity === '-' ? 'im mniej, tym lepiej' : 'im więcej, tym lepiej'})`)),
        h('td', null, i.unit ?? ''),
        h('td', null, h('input', { id: `w-${i.id}`, name: i.id, inputmode: 'decimal', value: values[i.id] ?? '', size: 10 })),
        h('td', { class: 'muted' }, sourceOf(i.id)),
        h('td', null, h('button', { type: 'button', class: 'button-link small', 'data-chart': i.id,
          onclick: () => historyCard?.show(i.id) }, 'Wykres', h('span', { class: 'visually-hidden' }, ` wskaźnika ${i.name} w latach`)))))))));
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
        const name = (indicators ?? []).find(i => i.id === input.name)?.name ?? input.name;
        error.textContent = `Wartość wskaźnika „${name}” nie jest liczbą. Wpisz liczbę, ułamek po przecinku (np. 12,5).`;
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
    h('p', { class: 'lead' }, `Wartości za rok ${year}. Puste pole oznacza brak danych. Zapisano ${count(Object.keys(values).length, nouns.wartosc)}.`),
    historyCard,
    form,
    benchmarkMap(indicators ?? [], teryt, year, unit?.name ?? teryt));
}

/** The national map of one indicator for the year: bands in each gmina's own peer group, or the values; this gmina and its peers outlined. */
function benchmarkMap(indicators, teryt, year, name) {
  const mapped = indicators.filter(i => !i.context);
  if (!mapped.length) return null;
  const indicator = h('select', { id: 'mapa-wskaznik' }, mapped.map(i => h('option', { value: i.id }, i.unit ? `${i.name} (${i.unit})` : i.name)));
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

/**
 * One indicator over the years (the page's year and the two before) against the chosen comparison group: the
 * gmina's value, the group's median and Q1–Q3 band, as a chart and a table (GET /api/benchmarks per year).
 */
function history(indicators, teryt, year) {
  const shown = indicators.filter(i => !i.context);
  if (!shown.length) return null;
  const years = [year - 2, year - 1, year];
  let indicatorId = shown[0].id;
  let peers = 'default';
  const body = h('div', { class: 'history-body', 'aria-live': 'polite' });
  const indicatorChoice = listSelect({ id: 'historia-wskaznik', label: 'Wskaźnik', value: indicatorId,
        items: shown.map(i => ({ value: i.id, label: i.unit ? `${i.name} (${i.unit})` : i.name })),
        onChange: value => { indicatorId = value; draw(); } });
  const section = h('section', { class: 'card', 'aria-labelledby': 'historia' },
    h('h2', { id: 'historia', tabindex: '-1' }, 'Wskaźnik w kolejnych latach na tle grupy'),
    h('div', { class: 'history-controls' },
      indicatorChoice,
      listSelect({ id: 'historia-grupa', label: 'Porównaj z grupą', value: peers,
        items: peerChoices.map(([value, label]) => ({ value, label })),
        onChange: value => { peers = value; draw(); } })),
    body);
  let asked = 0;
  async function draw() {
    const mine = ++asked;
    body.setAttribute('aria-busy', 'true');
    const indicator = shown.find(i => i.id === indicatorId);
    const stats = await Promise.all(years.map(y =>
      api.find(`/api/benchmarks/${encodeURIComponent(indicatorId)}/${teryt}?year=${y}&peers=${encodeURIComponent(peers)}`).catch(() => null)));
    if (mine !== asked) return;
    body.removeAttribute('aria-busy');
    const points = years.map((y, k) => ({ year: y, value: stats[k]?.value ?? null, q1: stats[k]?.q1 ?? null, median: stats[k]?.median ?? null, q3: stats[k]?.q3 ?? null }));
    const latest = [...stats].reverse().find(s => s?.group);
    const format = v => (v === null || v === undefined ? '—' : numberFormat.format(v));
    clear(body).append(
      h('p', { class: 'muted' }, latest
        ? `Grupa: ${groupInWords(latest)}, ${count(latest.n, nouns.gmina)} z wartością w ${years[stats.lastIndexOf(latest)]} r. ${indicator.polarity === '-' ? 'Im mniej, tym lepiej.' : 'Im więcej, tym lepiej.'}`
        : 'Brak danych tego wskaźnika w tych latach.'),
      seriesChart(points, { title: `${indicator.name} w latach ${years[0]}–${years[2]}`, unit: indicator.unit, format }),
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Wartości wskaźnika w latach' }, h('table', { class: 'data' },
        h('thead', null, h('tr', null, ['Rok', 'Gmina', 'Q1', 'Mediana grupy', 'Q3'].map((c, i) => h('th', { scope: 'col', class: i ? 'num' : null }, c)))),
        h('tbody', null, points.map(p => h('tr', null, h('th', { scope: 'row' }, String(p.year)),
          [p.value, p.q1, p.median, p.q3].map(v => h('td', { class: 'num' }, format(v)))))))));
  }
  draw();
  // "Wykres" in a row of the values table: that indicator's chart, scrolled to and announced.
  section.show = id => {
    indicatorId = id;
    indicatorChoice.querySelector('select').value = id;
    draw();
    section.scrollIntoView({ block: 'start' });
    section.querySelector('h2').focus();
  };
  return section;
}
