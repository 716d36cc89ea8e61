// Rounds of a questionnaire on the results page: choose a round, and see the progress since the previous closed one
// (deltas of shown scores, level changes, earlier actions reached). Text goes in through textContent only (h()).
import { h, score, levelBadge } from '../dom.js';

const statusNames = { planned: 'planowana', open: 'otwarta', closed: 'zamknięta' };

/** A labelled select of the rounds; calls onChoose(roundId) when another round is chosen. */
export function roundPicker(rounds, current, onChoose) {
  const list = Array.isArray(rounds) ? rounds : [];
  const select = h('select', { id: 'runda', name: 'runda' },
    list.map(r => {
      const option = h('option', { value: r.round }, `${r.title} (${statusNames[r.status] ?? r.status}${dates(r)})`);
      if (r.round === current) option.selected = true;
      return option;
    }));
  select.addEventListener('change', () => onChoose(select.value));
  return h('div', { class: 'card round-picker' },
    h('label', { for: 'runda' }, 'Runda'), ' ', select,
    h('p', { class: 'muted', id: 'runda-opis' }, describe(list.find(r => r.round === current), current)));
}

function dates(r) {
  if (!r.opensOn && !r.closesOn) return '';
  return `, ${r.opensOn ?? '…'} – ${r.closesOn ?? '…'}`;
}

function describe(round, id) {
  if (!round) return `Runda ${id ?? '1'}.`;
  const status = statusNames[round.status] ?? round.status;
  return `Runda ${round.round}: ${status}; wersja kwestionariusza ${round.definitionVersion}.`;
}

/** "Postęp od poprzedniej rundy": a table of previous score, current score, change and levels, then the earlier actions. */
export function progressSection(assessment, definition) {
  const section = h('section', { class: 'card', id: 'postep', 'aria-labelledby': 'postep-naglowek' });
  const previous = assessment.previous;
  if (!previous) {
    section.append(h('h2', { id: 'postep-naglowek' }, 'Postęp od poprzedniej rundy'),
      h('p', { class: 'muted' }, 'Brak wcześniejszej zamkniętej rundy tej gminy: nie ma z czym porównać.'));
    return section;
  }
  section.append(h('h2', { id: 'postep-naglowek' }, `Postęp od rundy ${previous.title ?? previous.round}`),
    h('p', { class: 'muted' }, 'Zmiana = wynik teraz − wynik poprzedni (oba zaokrąglone do 2 miejsc). Tematy porównane według identyfikatora.'));
  const scores = assessment.scores ?? {};
  const titles = new Map();
  for (const area of definition.areas ?? []) {
    titles.set(area.id, area.title);
    for (const theme of area.themes ?? []) titles.set(theme.id, theme.title);
  }
  const now = new Map([...(scores.areas ?? []), ...(scores.themes ?? [])].map(p => [p.id, p]));
  const rows = [row('Wynik ogólny', { score: previous.overall, level: previous.level, delta: previous.delta }, { score: scores.overall, level: scores.level }, 'row-area')];
  for (const area of previous.areas ?? []) rows.push(row(`${area.id}. ${titles.get(area.id) ?? ''}`, area, now.get(area.id), 'row-area'));
  for (const theme of previous.themes ?? []) rows.push(row(`${theme.id}. ${titles.get(theme.id) ?? ''}`, theme, now.get(theme.id), 'indent'));
  section.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'postep-tabela' },
    h('caption', { class: 'visually-hidden' }, `Wyniki w rundzie ${previous.round} i teraz, zmiana i poziomy dojrzałości`),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Obszar / temat'), h('th', { scope: 'col', class: 'num' }, `Runda ${previous.round}`),
      h('th', { scope: 'col', class: 'num' }, 'Teraz'), h('th', { scope: 'col', class: 'num' }, 'Zmiana'),
      h('th', { scope: 'col' }, 'Poziom wtedy → teraz'))),
    h('tbody', null, rows))));

  const actions = previous.actionPlan ?? [];
  section.append(h('h3', null, `Działania z planu rundy ${previous.round}`));
  if (!actions.length) {
    section.append(h('p', { class: 'muted' }, 'Poprzednia runda nie miała planu działań.'));
    return section;
  }
  const reached = actions.filter(a => a.reached).length;
  section.append(h('p', { id: 'postep-dzialania' }, `Osiągnięte: ${reached} z ${actions.length}.`),
    h('ul', { class: 'plan reached-list' }, actions.map(a => h('li', { class: a.reached ? 'reached' : 'not-reached' },
      h('span', { class: `badge ${a.reached ? 'lvl-reached' : 'muted'}` }, a.reached ? 'osiągnięte' : 'jeszcze nie'), ' ',
      h('strong', null, a.questionId), ` — cel: poziom ${a.targetLevel}${a.current !== null && a.current !== undefined ? `, teraz ${score(a.current)}` : ''}`,
      a.statement ? h('span', { class: 'muted' }, ` (${a.statement})`) : null))));
  return section;
}

function row(label, before, now, kind) {
  const delta = before?.delta;
  const sign = delta > 0 ? '+' : '';
  const change = delta === null || delta === undefined ? '—' : `${sign}${score(delta)}`;
  const direction = delta > 0 ? 'wzrost' : delta < 0 ? 'spadek' : 'bez zmian';
  return h('tr', { class: kind === 'row-area' ? 'row-area' : null },
    h('th', { scope: 'row', class: kind === 'indent' ? 'indent' : null }, label),
    h('td', { class: 'num' }, score(before?.score)),
    h('td', { class: 'num' }, score(now?.score)),
    h('td', { class: `num delta ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}` }, h('span', { 'aria-label': `${direction} ${change}` }, change)),
    h('td', null, levelBadge(before?.level, before?.score), ' → ', levelBadge(now?.level, now?.score)));
}
