// Award editions: the list (GET /api/awards), and one edition. Jurors score the nominees of each category and see how
// many they have scored; the coordinator sees each juror's progress and is warned before closing with incomplete
// sheets; after the close everyone sees the results by category title and can download them as Excel.
import { api, download } from '../api.js';
import { h, score, plain } from '../dom.js';
import { count, nouns, pluralForm } from '../labels.js';
import { ask } from '../ask.js';

const dateFormat = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Warsaw' });

/** "Oceniono 3 z 5 nominowanych" (the genitive after "z": 1 nominowanego, 2 nominowanych). */
export function scoredText(scored, total) {
  return `Oceniono ${scored} z ${total} ${pluralForm(total, ['nominowanego', 'nominowanych', 'nominowanych'])}`;
}

/** The nominees a juror scores (not those of their own gmina) and which of them have a complete sheet. */
export function jurorCounts(award, sheets, login, teryt) {
  const juror = (award.jurors ?? []).find(j => (j.login ?? j) === login);
  const own = juror?.teryt ?? teryt ?? null;
  const complete = new Set((sheets ?? []).filter(s => s.complete).map(s => s.nomineeId));
  const scorable = (award.nominees ?? []).filter(n => !(own && n.teryt === own));
  return { scorable, complete, total: scorable.length, scored: scorable.filter(n => complete.has(n.id)).length, own };
}

function statusBadgeOf(award) {
  return award.status === 'closed'
    ? h('span', { class: 'status status-closed' }, award.closedAt ? `zamknięta ${dateFormat.format(new Date(award.closedAt))}` : 'zamknięta')
    : h('span', { class: 'status status-draft' }, 'ocenianie otwarte');
}

export async function render(root, { awardId }, context) {
  if (!awardId) return renderList(root, context);
  const { user, toast } = context;
  const base = `/api/awards/${encodeURIComponent(awardId)}`;
  const breadcrumbs = h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / ', h('a', { href: '#/nagrody' }, 'Nagrody'));
  const award = await api.find(base);
  if (!award) {
    root.append(breadcrumbs, h('h1', null, 'Nie ma takiej edycji nagrody'),
      h('p', { class: 'alert alert-info', id: 'brak-nagrody' }, `Nie ma takiej edycji: „${awardId}”. Wybierz nagrodę z listy.`),
      await awardLinks(user));
    return;
  }
  const coordinator = user.role === 'coordinator' || user.role === 'admin';
  const closed = award.status === 'closed';
  const actions = h('div', { class: 'actions' });
  root.append(breadcrumbs,
    h('div', { class: 'page-head' },
      h('div', null, h('p', { class: 'eyebrow' }, 'Nagroda jury'), h('h1', null, award.title),
        h('p', { class: 'head-meta' }, 'Status: ', statusBadgeOf(award))),
      actions));

  if (closed) {
    actions.append(h('button', { type: 'button', class: 'button primary', id: 'pobierz-wyniki', onclick: async event => {
      const button = event.currentTarget;
      button.disabled = true;
      try { toast(`Pobrano plik ${await download(`/api/exports/awards/${encodeURIComponent(awardId)}.xlsx`, `nagrody-${awardId}.xlsx`)}`, 'ok'); }
      catch (error) { toast(error.message, 'error'); } finally { button.disabled = false; }
    } }, 'Pobierz wyniki (Excel)'));
    root.append(resultsSection(await api.get(`${base}/results`), award));
    return;
  }
  if (user.role === 'jury') {
    const sheets = await api.get(`${base}/scores/me`);
    root.append(scoringSection(award, sheets, base, user, toast));
  } else if (coordinator) {
    const progress = await api.get(`${base}/progress`);
    actions.append(h('button', { type: 'button', class: 'button secondary', id: 'zamknij-ocenianie', onclick: event => closeVote(event.currentTarget, award, progress, base, context) }, 'Zamknij ocenianie'));
    root.append(progressSection(award, progress), nomineesSection(award));
  } else {
    root.append(h('p', { class: 'alert alert-info' }, 'Ocenianie trwa. Wyniki będą widoczne po zamknięciu głosowania.'));
  }
}

async function renderList(root, { user }) {
  root.append(h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Nagrody'),
    h('h1', null, 'Nagrody jury'), await awardLinks(user));
}

/** The list of award editions this person may open (links with status), or a note when there is none. */
export async function awardLinks(user) {
  if (!['coordinator', 'admin', 'jury'].includes(user.role)) return h('p', { class: 'muted' }, 'Nagrody są dostępne dla koordynatorów i jurorów.');
  const awards = await api.get('/api/awards');
  if (!awards.length) {
    return h('p', { class: 'muted' }, user.role === 'jury' ? 'Nie jesteś jurorem żadnej edycji nagrody.' : 'Nie zdefiniowano jeszcze żadnej edycji nagrody.');
  }
  return h('ul', { class: 'link-list award-list' }, awards.map(a => h('li', null,
    h('a', { href: `#/nagrody/${encodeURIComponent(a.id)}` }, a.title), ' ',
    h('span', { class: `status ${a.status === 'closed' ? 'status-closed' : 'status-draft'}` }, a.status === 'closed' ? 'zamknięta' : 'ocenianie otwarte'))));
}

function criteriaOf(award) {
  return (award.criteria ?? []).map(c => ({ id: c.id, name: c.name ?? c.title ?? c.id, weight: c.weight }));
}

function scoringSection(award, sheets, base, user, toast) {
  const criteria = criteriaOf(award);
  const mine = Object.fromEntries((sheets ?? []).map(s => [s.nomineeId, s.scores ?? {}]));
  const counts = jurorCounts(award, sheets, user.login, user.teryt);
  const complete = counts.complete;
  const overall = h('p', { class: 'juror-progress', id: 'postep-jurora', role: 'status' });
  const meter = h('span');
  const meterBox = h('div', { class: 'meter', role: 'progressbar', 'aria-valuemin': 0, 'aria-labelledby': 'postep-jurora' }, meter);
  const perCategory = [];
  const refresh = () => {
    const scored = counts.scorable.filter(n => complete.has(n.id)).length;
    overall.textContent = `${scoredText(scored, counts.total)} we wszystkich kategoriach.`;
    meterBox.setAttribute('aria-valuemax', String(counts.total));
    meterBox.setAttribute('aria-valuenow', String(scored));
    meter.style.width = `${counts.total ? Math.round(100 * scored / counts.total) : 0}%`;
    for (const { element, nominees } of perCategory) {
      const done = nominees.filter(n => complete.has(n.id)).length;
      element.textContent = `${scoredText(done, nominees.length)}`;
      element.classList.toggle('done', done === nominees.length);
    }
  };
  const section = h('section', { 'aria-labelledby': 'ocenianie' }, h('h2', { id: 'ocenianie' }, 'Twoje oceny'),
    h('div', { class: 'card juror-summary' }, overall, h('div', { class: 'progress-line' }, meterBox)),
    h('p', { class: 'muted' }, 'Każde kryterium oceń liczbą całkowitą od 0 do 10; ocena nominowanego liczy się, gdy ocenione są wszystkie kryteria. ' +
      'Nie oceniasz nominowanych ze swojej gminy (konflikt interesów).'));
  for (const category of award.categories ?? []) {
    const nominees = (award.nominees ?? []).filter(n => n.category === category.id);
    if (!nominees.length) continue;
    const scorable = nominees.filter(n => counts.scorable.includes(n));
    const element = h('p', { class: 'category-progress', id: `postep-${category.id}` });
    perCategory.push({ element, nominees: scorable });
    section.append(h('div', { class: 'category-head', dataset: { category: category.id } },
      h('h3', { id: `kategoria-${category.id}` }, category.title ?? category.id), element));
    section.append(h('div', { class: 'nominees' }, nominees.map(n => nomineeForm(n, criteria, mine[n.id] ?? {}, counts.own, base, toast, sheet => {
      if (sheet.complete) complete.add(n.id); else complete.delete(n.id);
      refresh();
    }))));
  }
  refresh();
  return section;
}

function nomineeForm(nominee, criteria, current, ownTeryt, base, toast, saved) {
  const conflict = ownTeryt && nominee.teryt === ownTeryt;
  const filled = criteria.every(c => current[c.id] !== undefined);
  const state = h('span', { class: 'muted', role: 'status' }, conflict ? '' : filled ? 'Oceniono' : Object.keys(current).length ? 'Ocena niepełna' : 'Nieoceniony');
  const form = h('form', { class: 'nominee', 'aria-labelledby': `nom-${nominee.id}`, 'data-nominee': nominee.id, novalidate: true },
    h('h4', { id: `nom-${nominee.id}` }, nominee.name),
    conflict ? h('p', { class: 'alert alert-info' }, 'Konflikt interesów: nie oceniasz nominacji ze swojej gminy.') : null,
    conflict ? null : h('div', { class: 'criteria' }, criteria.map(c => h('div', { class: 'field' },
      h('label', { for: `s-${nominee.id}-${c.id}` }, c.name, c.weight ? h('span', { class: 'muted' }, ` (waga ${plain(c.weight)})`) : null),
      h('input', { id: `s-${nominee.id}-${c.id}`, name: c.id, type: 'number', min: 0, max: 10, step: 1, inputmode: 'numeric',
        value: current[c.id] ?? '', disabled: conflict })))),
    conflict ? null : h('div', { class: 'nominee-foot' }, state, h('button', { type: 'submit', class: 'button' }, 'Zapisz ocenę')));
  form.classList.toggle('scored', !conflict && filled);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const scores = {};
    for (const input of form.querySelectorAll('input[name]')) {
      const value = Number(input.value);
      input.removeAttribute('aria-invalid');
      if (input.value === '' || !Number.isInteger(value) || value < 0 || value > 10) {
        state.textContent = 'Każde kryterium: liczba całkowita od 0 do 10.';
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      scores[input.name] = value;
    }
    state.textContent = 'Zapisywanie…';
    try {
      const sheet = await api.put(`${base}/scores/${encodeURIComponent(nominee.id)}`, scores);
      state.textContent = 'Zapisano';
      form.classList.toggle('scored', Boolean(sheet.complete));
      saved(sheet);
    } catch (error) {
      state.textContent = error.message;
      toast(error.message, 'error');
    }
  });
  return form;
}

/** Jurors with a sheet not complete for some nominee they may score. */
function incompleteJurors(progress) {
  return (progress.jurors ?? []).filter(j => (j.incompleteSheets ?? 0) + (j.missingSheets ?? 0) > 0);
}

async function closeVote(button, award, progress, base, { toast, navigate }) {
  const missing = incompleteJurors(progress);
  const n = missing.length;
  const message = n
    ? [h('p', { id: 'ostrzezenie-zamkniecia' }, `${count(n, nouns.juror)} nie ${n === 1 ? 'ocenił' : 'oceniło'} wszystkich nominowanych — zamknąć mimo to?`),
      h('p', null, `Brakuje ocen: ${missing.map(j => j.login).join(', ')}. Po zamknięciu wyniki zostaną zamrożone i udostępnione, a ocen nie będzie można już zmienić.`)]
    : h('p', null, 'Wszyscy jurorzy ocenili wszystkich nominowanych. Po zamknięciu wyniki zostaną zamrożone i udostępnione.');
  const sure = await ask({ title: 'Zamknąć ocenianie?', message, confirm: n ? 'Zamknij mimo to' : 'Zamknij ocenianie', cancel: 'Anuluj', danger: n > 0 });
  if (!sure) { button.focus(); return; }
  button.disabled = true;
  try {
    await api.post(`${base}/close`);
    toast('Ocenianie zamknięte.', 'ok');
    navigate(`/nagrody/${encodeURIComponent(award.id)}`);
  } catch (error) {
    toast(error.message, 'error');
    button.disabled = false;
  }
}

function progressSection(award, progress) {
  const jurors = progress.jurors ?? [];
  const missing = incompleteJurors(progress).length;
  const rows = jurors.map(j => {
    const states = Object.values(j.nominees ?? {});
    const conflicts = states.filter(s => s === 'conflict').length;
    const total = states.length - conflicts;
    const done = j.completeSheets ?? 0;
    return h('tr', { dataset: { juror: j.login } },
      h('th', { scope: 'row' }, j.login),
      h('td', { class: 'num' }, `${done} z ${total}`),
      h('td', { class: 'num' }, plain(j.incompleteSheets ?? 0)),
      h('td', { class: 'num' }, plain(j.missingSheets ?? 0)),
      h('td', { class: 'num' }, plain(conflicts)),
      h('td', null, done === total ? h('span', { class: 'status status-closed' }, 'komplet')
        : h('span', { class: 'status status-draft' }, `brakuje ${total - done}`)));
  });
  return h('section', { class: 'card', 'aria-labelledby': 'postep-jury' }, h('h2', { id: 'postep-jury' }, 'Postęp jurorów'),
    h('p', { id: 'postep-podsumowanie' }, missing
      ? `${count(missing, nouns.juror)} z ${jurors.length} nie ${missing === 1 ? 'ocenił' : 'oceniło'} jeszcze wszystkich nominowanych.`
      : `Wszyscy jurorzy (${jurors.length}) ocenili wszystkich nominowanych.`),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Postęp jurorów (tabela przewijana poziomo)' },
      h('table', { class: 'data', id: 'tabela-postepu' },
        h('caption', { class: 'visually-hidden' }, 'Postęp oceniania każdego jurora'),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Juror'), h('th', { scope: 'col', class: 'num' }, 'Ocenieni'),
          h('th', { scope: 'col', class: 'num' }, 'Niepełne'), h('th', { scope: 'col', class: 'num' }, 'Bez oceny'),
          h('th', { scope: 'col', class: 'num' }, 'Konflikt interesów'), h('th', { scope: 'col' }, 'Stan'))),
        h('tbody', null, rows))),
    h('p', { class: 'muted' }, 'Widać tylko, czy karta jest wypełniona — wartości ocen pozostają tajne do zamknięcia głosowania.'));
}

function nomineesSection(award) {
  const titles = Object.fromEntries((award.categories ?? []).map(c => [c.id, c.title ?? c.id]));
  return h('section', { class: 'card', 'aria-labelledby': 'nominowani' }, h('h2', { id: 'nominowani' }, 'Nominowani'),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Nominowani (tabela przewijana poziomo)' },
      h('table', { class: 'data' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Kategoria'), h('th', { scope: 'col' }, 'Nominowany'))),
        h('tbody', null, (award.nominees ?? []).map(n => h('tr', null, h('td', null, titles[n.category] ?? n.category), h('th', { scope: 'row' }, n.name)))))));
}

function resultsSection(results, award) {
  const titles = Object.fromEntries((award.categories ?? []).map(c => [c.id, c.title ?? c.id]));
  return h('section', { class: 'card', 'aria-labelledby': 'wyniki-nagrody' }, h('h2', { id: 'wyniki-nagrody' }, 'Wyniki'),
    h('div', { class: 'grid-2' }, (results ?? []).map(c => {
      const title = c.title ?? titles[c.category] ?? c.category;
      return h('div', { class: 'award-result', dataset: { category: c.category } }, h('h3', null, title),
        h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `Wyniki: ${title}` }, h('table', { class: 'data' },
          h('thead', null, h('tr', null, h('th', { scope: 'col', class: 'num' }, 'Miejsce'), h('th', { scope: 'col' }, 'Nominowany'),
            h('th', { scope: 'col', class: 'num' }, 'Wynik'), h('th', { scope: 'col', class: 'num' }, 'Karty'))),
          h('tbody', null, (c.rows ?? []).map(r => h('tr', null, h('td', { class: 'num' }, r.place ?? '—'), h('th', { scope: 'row' }, r.name),
            h('td', { class: 'num' }, score(r.score)), h('td', { class: 'num' }, plain(r.countedSheets ?? 0))))))));
    })));
}
