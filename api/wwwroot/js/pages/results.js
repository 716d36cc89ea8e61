// Results of one municipality in one round: scores and maturity levels per theme and area, chart against peers,
// progress since the previous closed round, action plan.
import { api, download } from '../api.js';
import { h, score, levelBadge, statusBadge, plain } from '../dom.js';
import { barChart } from '../chart.js';
import { allThemes } from './progress.js';
import { roundPicker, progressSection } from './rounds.js';

export async function render(root, { questionnaireId, teryt, round }, { user, toast, navigate }) {
  const roundQuery = round ? `&round=${encodeURIComponent(round)}` : '';
  const [definition, assessment, unit, rounds] = await Promise.all([
    api.get(`/api/questionnaires/${encodeURIComponent(questionnaireId)}`),
    api.get(`/api/assessments/${encodeURIComponent(questionnaireId)}/${teryt}?peers=default${roundQuery}`),
    api.find(`/api/municipalities/${teryt}`).catch(() => null),
    api.get(`/api/questionnaires/${encodeURIComponent(questionnaireId)}/rounds`).catch(() => []),
  ]);
  const themes = allThemes(definition);
  const scores = assessment.scores ?? {};
  const peers = assessment.peers ?? {};
  const themeScores = byId(scores.themes);
  const areaScores = byId(scores.areas);
  const peerAreas = peers.areas ?? {};
  const peerThemes = peers.themes ?? {};
  const groupName = peers.overall?.group ?? Object.values(peerAreas)[0]?.group;
  const groupSize = peers.overall?.n ?? Object.values(peerAreas)[0]?.n;

  const exportButton = h('button', { type: 'button', class: 'button', id: 'pobierz-raport', onclick: async () => {
    try { toast(`Pobrano plik ${await download(`/api/exports/assessments/${questionnaireId}/${teryt}.xlsx?round=${encodeURIComponent(assessment.round ?? '1')}`, `samoocena-${teryt}.xlsx`)}`, 'ok'); }
    catch (error) { toast(error.message, 'error'); }
  } }, 'Pobierz raport (Excel)');

  const canClose = (user.role === 'coordinator' || user.role === 'admin' || user.teryt === teryt) && String(assessment.status).toLowerCase() !== 'closed';
  const closeButton = canClose ? h('button', { type: 'button', class: 'button secondary', onclick: async event => {
    if (!confirm('Zamknąć ocenę gminy? Wynik zostanie zamrożony.')) return;
    event.target.disabled = true;
    try { await api.post(`/api/assessments/${questionnaireId}/${teryt}/close?round=${encodeURIComponent(assessment.round ?? '1')}`); toast('Ocena zamknięta.', 'ok'); location.reload(); }
    catch (error) { toast(error.message, 'error'); event.target.disabled = false; }
  } }, 'Zamknij ocenę') : null;

  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Wyniki'),
    h('div', { class: 'page-head' },
      h('div', null,
        h('p', { class: 'eyebrow' }, definition.title),
        h('h1', null, `Wyniki: ${unit?.name ?? teryt}`),
        h('p', { class: 'head-meta' }, 'Status oceny: ', statusBadge(assessment.status), ` · respondenci: ${assessment.respondents ?? 0}`)),
      h('div', { class: 'actions' }, exportButton, closeButton)));
  root.append(roundPicker(rounds, assessment.round, id => navigate(`/wyniki/${encodeURIComponent(questionnaireId)}/${teryt}/runda/${encodeURIComponent(id)}`)));

  const overallPeer = peers.overall;
  root.append(h('div', { class: 'kpis' },
    kpi('Wynik ogólny', score(scores.overall), levelBadge(scores.level, scores.overall)),
    kpi('Mediana grupy', score(overallPeer?.median), overallPeer ? h('span', { class: 'muted' }, `Q1–Q3: ${score(overallPeer.q1)}–${score(overallPeer.q3)}`) : null),
    kpi('Pozycja w grupie', overallPeer?.rank ? `${overallPeer.rank} / ${overallPeer.n}` : '—', overallPeer?.percentile !== undefined && overallPeer?.percentile !== null ? h('span', { class: 'muted' }, `centyl ${plain(overallPeer.percentile)}`) : null),
    kpi('Grupa porównawcza', groupName ?? '—', groupSize ? h('span', { class: 'muted' }, `${groupSize} gmin`) : null)));

  // charts: themes (with peers when the API gives them per theme) and areas against the peer group
  const themeItems = themes.map(t => chartItem(`${t.id}. ${t.title}`, themeScores[t.id]?.score, peerThemes[t.id]));
  const areaItems = definition.areas.map(a => chartItem(`${a.id}. ${a.title}`, areaScores[a.id]?.score, peerAreas[a.id]));
  const peerNote = groupName ? `Grupa porównawcza: ${groupName}${groupSize ? ` (${groupSize} gmin)` : ''}.` : 'Brak danych grupy porównawczej.';
  root.append(h('section', { class: 'card', 'aria-labelledby': 'wykres-naglowek' },
    h('h2', { id: 'wykres-naglowek' }, 'Wyniki na tle grupy porównawczej'),
    h('p', { class: 'muted' }, `Skala 0–100; linie siatki co 20 punktów to progi poziomów dojrzałości. ${peerNote}`),
    h('div', { class: 'chart-grid' },
      h('div', null, h('h3', null, 'Obszary'), barChart(areaItems, { title: 'Wyniki obszarów na tle grupy porównawczej', peerName: 'Grupa: mediana i Q1–Q3' })),
      h('div', null, h('h3', null, 'Tematy'), barChart(themeItems, { title: 'Wyniki tematów', peerName: 'Grupa: mediana i Q1–Q3' })))));

  // table of scores and levels
  const rows = [];
  for (const area of definition.areas) {
    const a = areaScores[area.id];
    const p = peerAreas[area.id];
    rows.push(h('tr', { class: 'row-area' },
      h('th', { scope: 'row' }, `${area.id}. ${area.title}`), h('td', { class: 'num' }, score(a?.score)), h('td', null, levelBadge(a?.level, a?.score)),
      h('td', { class: 'num' }, score(p?.median)), h('td', { class: 'num' }, p ? `${score(p.q1)}–${score(p.q3)}` : '—')));
    for (const theme of area.themes) {
      const t = themeScores[theme.id];
      const tp = peerThemes[theme.id];
      rows.push(h('tr', null,
        h('th', { scope: 'row', class: 'indent' }, `${theme.id}. ${theme.title}`), h('td', { class: 'num' }, score(t?.score)), h('td', null, levelBadge(t?.level, t?.score)),
        h('td', { class: 'num' }, score(tp?.median)), h('td', { class: 'num' }, tp ? `${score(tp.q1)}–${score(tp.q3)}` : '—')));
    }
  }
  root.append(h('section', { class: 'card', 'aria-labelledby': 'tabela-wynikow' },
    h('h2', { id: 'tabela-wynikow' }, 'Wyniki i poziomy dojrzałości'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
      h('caption', { class: 'visually-hidden' }, 'Wyniki obszarów i tematów z poziomem dojrzałości i statystykami grupy porównawczej'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Obszar / temat'), h('th', { scope: 'col', class: 'num' }, 'Wynik'),
        h('th', { scope: 'col' }, 'Poziom'), h('th', { scope: 'col', class: 'num' }, 'Mediana grupy'), h('th', { scope: 'col', class: 'num' }, 'Q1–Q3'))),
      h('tbody', null, rows)))));

  root.append(progressSection(assessment, definition));
  root.append(actionPlan(assessment.actionPlan));
}

function actionPlan(plan) {
  const section = h('section', { class: 'card', 'aria-labelledby': 'plan-dzialan' }, h('h2', { id: 'plan-dzialan' }, 'Plan działań'));
  const actions = Array.isArray(plan) ? plan : plan?.actions ?? [];
  if (!actions.length) {
    section.append(h('p', { class: 'muted' }, 'Plan działań pojawi się, gdy tematy będą miały wyniki.'));
    return section;
  }
  section.append(h('p', { class: 'muted' }, 'Najsłabsze tematy i praktyka kolejnego poziomu dla pytań z najniższą oceną.'));
  const groups = new Map();
  for (const action of actions) {
    const key = action.themeId ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(action);
  }
  const list = h('ol', { class: 'plan' });
  for (const [, items] of groups) {
    const first = items[0];
    list.append(h('li', null,
      h('h3', null, `${first.themeId}. ${first.themeTitle ?? ''}`, ' ', h('span', { class: 'muted' }, `wynik ${score(first.themeScore)}`)),
      h('ul', null, items.map(a => h('li', null,
        h('p', { class: 'plan-question' }, h('strong', null, a.questionId), ' ', a.questionText ?? ''),
        h('p', null, h('span', { class: 'badge lvl-target' }, `cel: poziom ${a.targetLevel}${a.targetLabel ? ` · ${a.targetLabel}` : ''}`), ' ',
          `obecnie ${plain(a.currentLevel)}`),
        h('p', { class: 'plan-statement' }, a.statement ?? a.action ?? ''))))));
  }
  section.append(list);
  return section;
}

function chartItem(label, value, peer) {
  return { label, value: value ?? null, q1: peer?.q1 ?? null, median: peer?.median ?? null, q3: peer?.q3 ?? null };
}

function byId(list) {
  if (!list) return {};
  if (!Array.isArray(list)) return list;
  return Object.fromEntries(list.map(item => [item.id, item]));
}

function kpi(label, value, extra) {
  return h('div', { class: 'kpi' }, h('p', { class: 'kpi-label' }, label), h('p', { class: 'kpi-value' }, value), extra ? h('div', { class: 'kpi-extra' }, extra) : null);
}
