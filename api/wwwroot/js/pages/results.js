// Results of one municipality in one round: scores and maturity levels per theme and area, chart against peers,
// progress since the previous closed round, action plan.
import { api, download } from '../api.js';
import { h, clear, score, levelBadge, statusBadge, plain } from '../dom.js';
import { barChart } from '../chart.js';
import { allThemes } from './progress.js';
import { roundPicker, progressSection } from './rounds.js';
import { closeAssessmentButton } from './close-assessment.js';
import { count, nouns, peerChoices, groupInWords } from '../labels.js';
import { listSelect } from '../picker.js';

const peersKey = 'samoocena.peers';

export async function render(root, { questionnaireId, teryt, round }, context) {
  const roundQuery = round ? `&round=${encodeURIComponent(round)}` : '';
  let peers = sessionStorage.getItem(peersKey) ?? 'default';
  const load = choice => api.get(`/api/assessments/${encodeURIComponent(questionnaireId)}/${teryt}?peers=${encodeURIComponent(choice)}${roundQuery}`);
  const [definition, first, unit, rounds, ownCohorts] = await Promise.all([
    api.get(`/api/questionnaires/${encodeURIComponent(questionnaireId)}`),
    load(peers).catch(error => {
      if (peers === 'default') throw error;
      peers = 'default'; // a remembered cohort may be gone: fall back to the default group
      return load(peers);
    }),
    api.find(`/api/municipalities/${teryt}`).catch(() => null),
    api.get(`/api/questionnaires/${encodeURIComponent(questionnaireId)}/rounds`).catch(() => []),
    api.get(`/api/municipalities/${teryt}/cohorts`).catch(() => []),
  ]);
  // Comparison groups of methodology §2, and the programme cohorts this gmina belongs to (GET /api/municipalities/{teryt}/cohorts).
  const cohortNames = Object.fromEntries(ownCohorts.map(c => [c.id, c.name]));
  const choices = [...peerChoices.map(([value, label]) => ({ value, label })),
    ...ownCohorts.map(c => ({ value: `cohort:${c.id}`, label: `kohorta „${c.name}”` }))];
  if (!choices.some(c => c.value === peers)) peers = 'default';
  const body = h('div', { class: 'results-body' });
  const chooser = listSelect({ id: 'grupa-porownawcza', label: 'Porównaj z grupą', items: choices, value: peers, onChange: async value => {
    body.setAttribute('aria-busy', 'true');
    try {
      const next = await load(value);
      sessionStorage.setItem(peersKey, value);
      clear(body);
      draw(body, definition, next, unit, { ...context, questionnaireId, teryt, cohortNames });
    } catch (error) { context.toast(error.message, 'error'); }
    finally { body.removeAttribute('aria-busy'); }
  } });
  chooser.classList.add('no-print');
  drawHead(root, definition, first, unit, rounds, { ...context, questionnaireId, teryt });
  root.append(h('div', { class: 'card peer-chooser' }, chooser,
    h('p', { class: 'muted' }, 'Statystyki grupy liczone są z zamkniętych ocen gmin w wybranej grupie.')), body);
  draw(body, definition, first, unit, { ...context, questionnaireId, teryt, cohortNames });
}

function drawHead(root, definition, assessment, unit, rounds, { user, toast, navigate, questionnaireId, teryt }) {
  const exportButton = h('button', { type: 'button', class: 'button', id: 'pobierz-raport', onclick: async () => {
    try { toast(`Pobrano plik ${await download(`/api/exports/assessments/${questionnaireId}/${teryt}.xlsx?round=${encodeURIComponent(assessment.round ?? '1')}`, `samoocena-${teryt}.xlsx`)}`, 'ok'); }
    catch (error) { toast(error.message, 'error'); }
  } }, 'Pobierz raport (Excel)');
  const printButton = h('button', { type: 'button', class: 'button secondary', onclick: () => window.print() }, 'Drukuj raport');

  const canClose = (user.role === 'coordinator' || user.role === 'admin' || user.teryt === teryt) && String(assessment.status).toLowerCase() !== 'closed';
  const closeButton = canClose
    ? closeAssessmentButton({ questionnaireId, teryt, round: assessment.round, label: 'Zamknij ocenę', toast,
      done: () => { toast('Ocena zamknięta.', 'ok'); location.reload(); } })
    : null;

  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Wyniki'),
    h('div', { class: 'page-head' },
      h('div', null,
        h('p', { class: 'eyebrow' }, definition.title),
        h('h1', null, `Wyniki: ${unit?.name ?? teryt}`),
        h('p', { class: 'head-meta' }, 'Status oceny: ', statusBadge(assessment.status), ` · odpowiedziało: ${count(assessment.respondents ?? 0, nouns.osoba)}`)),
      h('div', { class: 'actions no-print' }, exportButton, printButton, closeButton)));
  const picker = roundPicker(rounds, assessment.round, id => navigate(`/wyniki/${encodeURIComponent(questionnaireId)}/${teryt}/runda/${encodeURIComponent(id)}`));
  root.append(picker);
}

function draw(root, definition, assessment, unit, { cohortNames }) {
  const themes = allThemes(definition);
  const scores = assessment.scores ?? {};
  const peers = assessment.peers ?? {};
  const themeScores = byId(scores.themes);
  const areaScores = byId(scores.areas);
  const peerAreas = peers.areas ?? {};
  const peerThemes = peers.themes ?? {};
  const groupStats = peers.overall ?? Object.values(peerAreas)[0];
  const groupName = groupStats?.group ? groupInWords(groupStats, cohortNames) : null;
  const groupSize = groupStats?.n;

  const overallPeer = peers.overall;
  root.append(h('div', { class: 'kpis' },
    kpi('Wynik ogólny', score(scores.overall), levelBadge(scores.level, scores.overall)),
    kpi('Mediana grupy', score(overallPeer?.median), overallPeer ? h('span', { class: 'muted' }, `Q1–Q3: ${score(overallPeer.q1)}–${score(overallPeer.q3)}`) : null),
    kpi('Pozycja w grupie', overallPeer?.rank ? `${overallPeer.rank} / ${overallPeer.n}` : '—', overallPeer?.percentile !== undefined && overallPeer?.percentile !== null ? h('span', { class: 'muted' }, `centyl ${plain(overallPeer.percentile)}`) : null),
    kpi('Grupa porównawcza', groupName ?? '—', groupSize ? h('span', { class: 'muted' }, count(groupSize, nouns.gmina)) : null, true)));

  // charts: themes (with peers when the API gives them per theme) and areas against the peer group
  const themeItems = themes.map(t => chartItem(`${t.id}. ${t.title}`, themeScores[t.id]?.score, peerThemes[t.id]));
  const areaItems = definition.areas.map(a => chartItem(`${a.id}. ${a.title}`, areaScores[a.id]?.score, peerAreas[a.id]));
  const peerNote = groupName ? `Grupa porównawcza: ${groupName}${groupSize ? ` (${count(groupSize, nouns.gmina)})` : ''}.` : 'Brak danych grupy porównawczej.';
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

function kpi(label, value, extra, text = false) {
  return h('div', { class: 'kpi' }, h('p', { class: 'kpi-label' }, label), h('p', { class: `kpi-value${text ? ' kpi-text' : ''}` }, value), extra ? h('div', { class: 'kpi-extra' }, extra) : null);
}
