import { api, download } from '../api.js';
import { h, score, levelBadge, statusBadge, integer } from '../dom.js';
import { questionnaireProgress } from './progress.js';
import { categorySingular, count, nouns } from '../labels.js';
import { latestEdition } from './ranking.js';
import { awardLinks } from './award.js';

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
    h('p', { class: 'eyebrow' }, unit ? `${categorySingular(unit.category)} · województwo ${unit.voivodeship}` : `TERYT ${teryt}`),
    h('h1', null, unit ? `Gmina ${unit.name}` : `Gmina ${teryt}`),
    unit && h('p', { class: 'lead' }, `TERYT ${unit.teryt} · powiat ${unit.powiat} · ${integer(unit.population)} mieszkańców`),
    unit?.defaultPeerGroup && h('p', { class: 'muted', id: 'grupa-gminy' }, `Porównujemy z grupą: ${unit.defaultPeerGroup.label ?? unit.defaultPeerGroup.id} (${count(unit.defaultPeerGroup.size, nouns.gmina)}).`));

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

async function coordinatorHome(root, { navigate, toast, user }) {
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

  const rankingCard = await rankingsCard(toast);
  root.append(h('div', { class: 'grid-3' }, cohortCard, rankingCard, await awardsCard(navigate, user)));
}

// Rankings from GET /api/rankings: each links to its latest computed edition, every edition listed with its status.
async function rankingsCard(toast) {
  const card = h('section', { class: 'card', 'aria-labelledby': 'rankingi' }, h('h2', { id: 'rankingi' }, 'Rankingi'));
  const rankings = await api.get('/api/rankings').catch(error => { card.append(h('p', { class: 'alert alert-error' }, error.message)); return []; });
  for (const r of rankings) {
    const latest = latestEdition(r);
    card.append(h('p', null, h('a', { href: `#/rankingi/${encodeURIComponent(r.id)}/${latest}`, class: 'strong-link' }, `${r.title} ${latest}`)),
      h('ul', { class: 'link-list' }, [...r.editions].sort((a, b) => b.edition - a.edition).map(e => h('li', null,
        h('a', { href: `#/rankingi/${encodeURIComponent(r.id)}/${e.edition}` }, `Edycja ${e.edition}`),
        h('span', { class: 'muted' }, ` · ${{ published: 'opublikowany', draft: 'wersja robocza', none: 'nieprzeliczony' }[e.status] ?? e.status}`)))),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button secondary', onclick: async () => {
        try { toast(`Pobrano plik ${await download(`/api/exports/rankings/${encodeURIComponent(r.id)}/${latest}.xlsx`, `ranking-${r.id}-${latest}.xlsx`)}`, 'ok'); }
        catch (e) { toast(e.message, 'error'); }
      } }, `Pobierz ranking ${latest} (Excel)`)));
  }
  return card;
}

// Award editions from GET /api/awards (all for coordinators, a juror's own), chosen from the list.
async function awardsCard(_navigate, user) {
  const card = h('section', { class: 'card', 'aria-labelledby': 'nagrody' }, h('h2', { id: 'nagrody' }, 'Nagrody'));
  try { card.append(await awardLinks(user)); } catch (error) { card.append(h('p', { class: 'alert alert-error' }, error.message)); }
  return card;
}

async function juryHome(root, { navigate, user }) {
  root.append(h('h1', null, 'Pulpit jurora'),
    h('p', { class: 'lead' }, 'Oceń nominowanych w każdej kategorii. Po zamknięciu oceniania zobaczysz wyniki.'));
  root.append(h('div', { class: 'grid-2' }, await awardsCard(navigate, user)));
}
