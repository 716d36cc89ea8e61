// Cohort dashboard: who has started, submitted, closed; score distribution per theme; Excel export.
import { api, download } from '../api.js';
import { h, score, statusBadge, statusKey, levelBadge, integer } from '../dom.js';
import { barChart } from '../chart.js';
import { allThemes } from './progress.js';
import { mapCard } from '../map.js';
import { count, nouns } from '../labels.js';
import { listSelect } from '../picker.js';

const stages = [
  ['notstarted', 'Nierozpoczęte'], ['draft', 'W trakcie'], ['submitted', 'Przesłane'], ['closed', 'Zamknięte'],
];

export async function render(root, { cohortId, questionnaireId = 'samoocena' }, { toast, navigate }) {
  const [report, definition, cohorts] = await Promise.all([
    api.find(`/api/cohorts/${encodeURIComponent(cohortId)}/assessments/${encodeURIComponent(questionnaireId)}`),
    api.get(`/api/questionnaires/${encodeURIComponent(questionnaireId)}`),
    api.find('/api/cohorts').catch(() => null),
  ]);
  const list = Array.isArray(cohorts) ? cohorts : [];
  const chooser = list.length ? h('div', { class: 'card no-print' }, listSelect({ id: 'wybor-kohorty', label: 'Kohorta', value: cohortId,
    items: [...(list.some(c => c.id === cohortId) ? [] : [{ value: cohortId, label: cohortId }]),
      ...list.map(c => ({ value: c.id, label: `${c.name} (${count((c.members ?? []).length, nouns.gmina)})` }))],
    onChange: id => navigate(`/kohorty/${encodeURIComponent(id)}/${encodeURIComponent(questionnaireId)}`) })) : null;
  if (!report) {
    root.append(h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Kohorta'),
      h('h1', null, 'Nie ma takiej kohorty'),
      h('p', { class: 'alert alert-info' }, `Kohorta „${cohortId}” nie istnieje. Wybierz kohortę z listy.`), chooser);
    return;
  }
  const members = report.members ?? report.progress ?? report.rows ?? [];
  const counts = Object.fromEntries(stages.map(([key]) => [key, 0]));
  for (const m of members) {
    const key = statusKey(m.status);
    if (key in counts) counts[key]++;
  }
  const total = members.length;

  const exportButton = h('button', { type: 'button', class: 'button primary', id: 'pobierz-kohorte', onclick: async () => {
    try { toast(`Pobrano plik ${await download(`/api/exports/cohorts/${encodeURIComponent(cohortId)}/${questionnaireId}.xlsx`, `kohorta-${cohortId}.xlsx`)}`, 'ok'); }
    catch (error) { toast(error.message, 'error'); }
  } }, 'Pobierz wyniki kohorty (Excel)');

  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Kohorta'),
    h('div', { class: 'page-head' },
      h('div', null, h('p', { class: 'eyebrow' }, `Kohorta · ${definition.title}`), h('h1', null, report.name ?? cohortId),
        h('p', { class: 'head-meta' }, `${count(total, nouns.gmina)} w kohorcie`)),
      h('div', { class: 'actions' }, exportButton)),
    chooser,
    h('section', { 'aria-labelledby': 'postep-kohorty', class: 'card' },
      h('h2', { id: 'postep-kohorty' }, 'Postęp'),
      h('div', { class: 'counters' }, stages.map(([key, label]) =>
        h('div', { class: 'counter', 'data-stage': key }, h('strong', null, integer(counts[key])), h('span', null, label)))),
      h('div', { class: 'stack-bar', role: 'img', 'aria-label': stages.map(([key, label]) => `${label}: ${counts[key]}`).join(', ') },
        stages.map(([key]) => total ? h('span', { class: `fill-${key}`, style: { width: `${(100 * counts[key] / total).toFixed(2)}%` } }) : null))));

  const distribution = byId(report.themes ?? report.distribution?.themes ?? report.distribution);
  const themes = allThemes(definition);
  if (Object.keys(distribution).length) {
    const items = themes.map(t => {
      const d = distribution[t.id] ?? {};
      return { label: `${t.id}. ${t.title}`, value: d.median ?? null, q1: d.q1 ?? null, median: d.median ?? null, q3: d.q3 ?? null };
    });
    root.append(h('section', { class: 'card', 'aria-labelledby': 'rozklad' },
      h('h2', { id: 'rozklad' }, 'Rozkład wyników w tematach'),
      h('p', { class: 'muted' }, 'Słupek: mediana wyników gmin kohorty; pasmo: od pierwszego do trzeciego kwartyla.'),
      barChart(items, { title: 'Mediana i kwartyle wyników kohorty w tematach', valueName: 'Mediana kohorty', peerName: 'Q1–Q3 kohorty' }),
      h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
        h('thead', null, h('tr', null, ['Temat', 'Gmin z wynikiem', 'Min', 'Q1', 'Mediana', 'Q3', 'Max'].map((c, i) => h('th', { scope: 'col', class: i ? 'num' : null }, c)))),
        h('tbody', null, themes.map(t => {
          const d = distribution[t.id] ?? {};
          return h('tr', null, h('th', { scope: 'row' }, `${t.id}. ${t.title}`), h('td', { class: 'num' }, integer(d.n ?? d.count)),
            [d.min, d.q1, d.median, d.q3, d.max].map(v => h('td', { class: 'num' }, score(v))));
        }))))));
  }

  const filter = h('select', { id: 'filtr-statusu' }, h('option', { value: '' }, 'wszystkie'), stages.map(([key, label]) => h('option', { value: key }, label)));
  const body = h('tbody');
  const drawRows = () => {
    body.replaceChildren(...members.filter(m => !filter.value || statusKey(m.status) === filter.value).map(m => {
      const overall = m.overall ?? m.score ?? m.scores?.overall ?? null;
      return h('tr', null,
        h('th', { scope: 'row' }, h('a', { href: `#/wyniki/${questionnaireId}/${m.teryt}` }, m.name ?? m.teryt)),
        h('td', null, m.teryt), h('td', null, statusBadge(m.status)),
        h('td', { class: 'num' }, integer(m.respondents)),
        h('td', { class: 'num' }, m.total ? `${m.answered ?? 0}/${m.total}` : integer(m.answered)),
        h('td', { class: 'num' }, score(overall)), h('td', null, overall === null ? '—' : levelBadge(m.level, overall)));
    }));
  };
  filter.addEventListener('change', drawRows);
  drawRows();
  root.append(roundsSection(report.rounds, definition));
  root.append(h('section', { class: 'card', 'aria-labelledby': 'czlonkowie' },
    h('div', { class: 'page-head' }, h('h2', { id: 'czlonkowie' }, 'Gminy kohorty'),
      h('div', { class: 'inline-row' }, h('label', { for: 'filtr-statusu' }, 'Status:'), filter)),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'tabela-kohorty' },
      h('thead', null, h('tr', null, ['Gmina', 'TERYT', 'Status', 'Respondenci', 'Odpowiedzi', 'Wynik', 'Poziom'].map(c =>
        h('th', { scope: 'col', class: ['Respondenci', 'Odpowiedzi', 'Wynik'].includes(c) ? 'num' : null }, c)))),
      body))));
  root.append(mapCard({
    id: 'mapa-kohorty', heading: 'Mapa kohorty',
    path: `/api/maps/cohorts/${encodeURIComponent(cohortId)}/${encodeURIComponent(questionnaireId)}.svg`,
    caption: 'Gminy kohorty (obwiedzione) według poziomu dojrzałości z wyniku ogólnego zamkniętej oceny; gminy bez zamkniętej oceny w kolorze piaskowym.',
  }));
}

function byId(list) {
  if (!list) return {};
  if (!Array.isArray(list)) return list;
  return Object.fromEntries(list.map(item => [item.id ?? item.themeId, item]));
}

// Rounds side by side: participation and the distribution of closed members' overall and area scores per round.
function roundsSection(rounds, definition) {
  const list = Array.isArray(rounds) ? rounds : [];
  const section = h('section', { class: 'card', id: 'rundy-kohorty', 'aria-labelledby': 'rundy-naglowek' }, h('h2', { id: 'rundy-naglowek' }, 'Rundy'));
  if (!list.length) return section;
  const statusNames = { planned: 'planowana', open: 'otwarta', closed: 'zamknięta' };
  const areaTitles = new Map((definition.areas ?? []).map(a => [a.id, a.title]));
  const cell = d => d && d.n ? `${score(d.median)} (Q1–Q3 ${score(d.q1)}–${score(d.q3)}, n = ${d.n})` : '—';
  const body = [
    h('tr', null, h('th', { scope: 'row' }, 'Status rundy'), list.map(r => h('td', null, statusNames[r.status] ?? r.status))),
    h('tr', null, h('th', { scope: 'row' }, 'Rozpoczęte'), list.map(r => h('td', { class: 'num' }, integer(r.started)))),
    h('tr', null, h('th', { scope: 'row' }, 'Zamknięte'), list.map(r => h('td', { class: 'num' }, integer(r.closed)))),
    h('tr', { class: 'row-area' }, h('th', { scope: 'row' }, 'Wynik ogólny: mediana'), list.map(r => h('td', null, cell(r.overall)))),
    ...(list[list.length - 1].areas ?? []).map(a => h('tr', null, h('th', { scope: 'row', class: 'indent' }, `${a.id}. ${areaTitles.get(a.id) ?? a.title ?? ''}`),
      list.map(r => h('td', null, cell((r.areas ?? []).find(x => x.id === a.id)))))),
  ];
  section.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'rundy-tabela' },
    h('caption', { class: 'visually-hidden' }, 'Uczestnictwo i rozkład wyników zamkniętych ocen w kolejnych rundach'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Runda'), list.map(r => h('th', { scope: 'col' }, r.title ?? r.round)))),
    h('tbody', null, body))));
  return section;
}
