import { api, download } from '../api.js';
import { h, score, levelBadge, statusBadge, integer } from '../dom.js';
import { questionnaireProgress } from './progress.js';
import { categorySingular, count, nouns, peerGroupLabel, voivodeships } from '../labels.js';

export async function render(root, _params, context) {
  const { user } = context;
  if (user.role === 'jst') return jstHome(root, context);
  if (user.role === 'jury') return juryHome(root, context);
  return coordinatorHome(root, context);
}

async function jstHome(root, { user, toast }) {
  const teryt = user.teryt;
  let loadError = null;
  const [unit, definitions] = await Promise.all([
    api.find(`/api/municipalities/${teryt}`).catch(() => null),
    api.get('/api/questionnaires').catch(error => { loadError = error; return []; }),
  ]);
  root.append(
    h('p', { class: 'eyebrow' }, unit ? `${categorySingular(unit.category)} · województwo ${unit.voivodeship ?? voivodeships[teryt.slice(0, 2)] ?? ''}` : `TERYT ${teryt}`),
    h('h1', null, unit ? `Gmina ${unit.name}` : `Gmina ${teryt}`),
    unit && h('p', { class: 'lead' }, `TERYT ${unit.teryt} · powiat ${unit.powiat} · ${integer(unit.population)} mieszkańców`),
    unit?.defaultPeerGroup && h('p', { class: 'muted', id: 'grupa-gminy' }, `Porównujemy z grupą: ${peerGroupLabel(unit.defaultPeerGroup.id, { widened: unit.defaultPeerGroup.widened })} (${count(unit.defaultPeerGroup.size, nouns.gmina)}).`));

  const list = h('div', { class: 'cards' });
  root.append(h('h2', null, 'Twoje samooceny'), list);
  for (const summary of (definitions ?? []).filter(d => d.type === undefined || d.type === 'questionnaire')) {
    const card = h('article', { class: 'card assessment-card', 'aria-busy': 'true' }, h('h3', null, summary.title ?? summary.id));
    list.append(card);
    fillAssessmentCard(card, summary, teryt, toast);
  }
  if (loadError) list.append(h('p', { class: 'alert alert-error', role: 'alert' }, loadError.message));
  else if (!definitions?.length) list.append(h('p', { class: 'muted' }, 'Brak udostępnionych kwestionariuszy.'));

  // The last full year, and the one before; the newest year that already has values is offered first.
  const last = new Date().getFullYear() - 1;
  const stored = await Promise.all([last, last - 1, last - 2].map(y => api.find(`/api/metrics/${teryt}/${y}`).catch(() => null)));
  const withValues = [last, last - 1, last - 2].find((y, i) => Object.keys(stored[i]?.values ?? {}).length > 0);
  const years = withValues && withValues !== last ? [last, withValues] : [last, last - 1];
  root.append(h('h2', null, 'Wskaźniki usług publicznych'),
    h('div', { class: 'card' },
      h('p', null, 'Wprowadź wartości wskaźników swojej gminy i porównaj je z grupą podobnych jednostek.'),
      h('div', { class: 'actions' }, years.map((y, i) =>
        h('a', { class: `button${i === 0 && withValues === last ? '' : i === 1 ? '' : ' secondary'}`, href: `#/wskazniki/${teryt}/${y}` },
          `Wskaźniki za ${y}${y === withValues ? '' : ' (do uzupełnienia)'}`)))));
}

async function fillAssessmentCard(card, summary, teryt, toast) {
  try {
    const definition = summary.areas ? summary : await api.get(`/api/questionnaires/${summary.id}`);
    const [assessment, own] = await Promise.all([
      api.find(`/api/assessments/${definition.id}/${teryt}`).catch(() => null),
      api.find(`/api/assessments/${definition.id}/${teryt}/responses/me`).catch(() => null),
    ]);
    const progress = questionnaireProgress(definition, own?.answers ?? {});
    const ownStatus = own?.status ?? (progress.answered > 0 ? 'draft' : null);
    const closed = String(assessment?.status ?? '').toLowerCase() === 'closed';
    const submitted = String(ownStatus ?? '').toLowerCase() === 'submitted';
    const overall = assessment?.scores?.overall;
    const percent = progress.total ? Math.round(100 * progress.answered / progress.total) : 0;
    card.append(
      h('dl', { class: 'facts' },
        h('div', null, h('dt', null, 'Twoja ankieta'), h('dd', null, statusBadge(ownStatus))),
        h('div', null, h('dt', null, 'Ocena gminy'), h('dd', null, statusBadge(assessment?.status))),
        h('div', null, h('dt', null, 'Wynik ogólny'), h('dd', null, overall === null || overall === undefined ? '—' : score(overall), ' ',
          overall !== undefined && overall !== null ? levelBadge(assessment?.scores?.level, overall) : null))),
      h('div', { class: 'progress-line' },
        h('div', { class: 'meter', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': progress.total, 'aria-valuenow': progress.answered,
          'aria-label': `Postęp: ${progress.answered} z ${progress.total} pytań` }, h('span', { style: { width: `${percent}%` } })),
        h('span', { class: 'muted' }, `${progress.answered} z ${progress.total} pytań`)),
      h('div', { class: 'actions' },
        ...actionsFor(definition.id, teryt, { closed, submitted, started: progress.answered > 0 })));
  } catch (error) {
    card.append(h('p', { class: 'alert alert-error' }, error.message));
  } finally {
    card.removeAttribute('aria-busy');
  }
}

/** The right next step per status: start, continue, or see the results (a closed or submitted assessment is not filled again). */
function actionsFor(questionnaireId, teryt, { closed, submitted, started }) {
  const fill = `#/ankieta/${questionnaireId}/${teryt}`;
  const results = `#/wyniki/${questionnaireId}/${teryt}`;
  const team = `#/konsensus/${questionnaireId}/${teryt}`;
  if (closed) {
    return [h('a', { class: 'button primary', href: results }, 'Zobacz wyniki'),
      h('a', { class: 'button secondary', href: fill }, 'Przejrzyj odpowiedzi')];
  }
  if (submitted) {
    return [h('a', { class: 'button primary', href: results }, 'Zobacz wyniki'),
      h('a', { class: 'button', href: team }, 'Uzgodnienie zespołu'),
      h('a', { class: 'button secondary', href: fill }, 'Przejrzyj odpowiedzi')];
  }
  return [h('a', { class: 'button primary', href: fill }, started ? 'Kontynuuj' : 'Rozpocznij'),
    h('a', { class: 'button', href: team }, 'Uzgodnienie zespołu'),
    h('a', { class: 'button secondary', href: results }, 'Zobacz wyniki')];
}

async function coordinatorHome(root, { navigate, toast }) {
  root.append(h('h1', null, 'Pulpit koordynatora'),
    h('p', { class: 'lead' }, 'Kohorty programu, rankingi i nagrody. Wszystkie zestawienia można pobrać w formacie Excel.'));

  const cohorts = await api.find('/api/cohorts').catch(() => null);
  const cohortCard = h('section', { class: 'card', 'aria-labelledby': 'kohorty' }, h('h2', { id: 'kohorty' }, 'Kohorty'));
  const items = Array.isArray(cohorts) ? cohorts : cohorts?.cohorts ?? [];
  if (items.length) {
    cohortCard.append(h('ul', { class: 'link-list' }, items.map(c => h('li', null,
      h('a', { href: `#/kohorty/${encodeURIComponent(c.id ?? c.cohortId)}` }, c.name ?? c.id ?? c.cohortId),
      c.members ? h('span', { class: 'muted' }, ` · ${count(Array.isArray(c.members) ? c.members.length : c.members, nouns.gmina)}`) : null))));
  } else {
    cohortCard.append(h('p', { class: 'muted' }, 'Nie ma jeszcze żadnej kohorty.'));
  }

  const rankingCard = h('section', { class: 'card', 'aria-labelledby': 'rankingi' }, h('h2', { id: 'rankingi' }, 'Rankingi'),
    h('ul', { class: 'link-list' },
      h('li', null, h('a', { href: '#/rankingi/zielone-finanse/2024' }, 'Ranking Zielonych Finansów Samorządowych 2024')),
      h('li', null, h('a', { href: '#/rankingi/zielone-finanse/2023' }, 'Ranking Zielonych Finansów Samorządowych 2023'))),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button secondary', onclick: async () => {
      try { toast(`Pobrano plik ${await download('/api/exports/rankings/zielone-finanse/2024.xlsx', 'ranking-zielone-finanse-2024.xlsx')}`, 'ok'); }
      catch (e) { toast(e.message, 'error'); }
    } }, 'Pobierz ranking 2024 (Excel)')));

  root.append(h('div', { class: 'grid-3' }, cohortCard, rankingCard, await awardsCard(navigate)));
}

async function awardsCard(navigate) {
  const awards = await api.find('/api/awards').catch(() => null);
  const items = Array.isArray(awards) ? awards : awards?.awards ?? [];
  const card = h('section', { class: 'card', 'aria-labelledby': 'nagrody' }, h('h2', { id: 'nagrody' }, 'Nagrody'));
  if (items.length) {
    card.append(h('ul', { class: 'link-list' }, items.map(a => h('li', null,
      h('a', { href: `#/nagrody/${encodeURIComponent(a.id ?? a.awardId)}` }, a.title ?? a.id ?? a.awardId)))));
  }
  card.append(openForm('nagroda-id', 'Identyfikator nagrody', items.length ? '' : 'zlote-lajki-demo', 'Otwórz nagrodę',
    id => navigate(`/nagrody/${encodeURIComponent(id)}`)));
  return card;
}

async function juryHome(root, { navigate }) {
  root.append(h('h1', null, 'Pulpit jurora'),
    h('p', { class: 'lead' }, 'Oceń nominowanych w każdej kategorii. Po zamknięciu oceniania zobaczysz wyniki.'));
  root.append(h('div', { class: 'grid-2' }, await awardsCard(navigate)));
}

function openForm(id, label, value, action, go) {
  const input = h('input', { id, value, required: true, pattern: '[A-Za-z0-9._\\-]+' });
  return h('form', { class: 'inline-form', onsubmit: event => {
    event.preventDefault();
    if (input.value.trim()) go(input.value.trim());
  } }, h('label', { for: id }, label), h('div', { class: 'inline-row' }, input, h('button', { type: 'submit', class: 'button' }, action)));
}
