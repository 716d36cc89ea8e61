// An award edition: jurors score the nominees of each category; after the close everyone sees the results.
import { api, ApiError } from '../api.js';
import { h, score, plain, statusBadge } from '../dom.js';

export async function render(root, { awardId }, { user, toast }) {
  const base = `/api/awards/${encodeURIComponent(awardId)}`;
  const [award, results] = await Promise.all([api.find(base), api.find(`${base}/results`).catch(error => {
    if (error instanceof ApiError && (error.status === 409 || error.status === 403)) return null;
    throw error;
  })]);
  const coordinator = user.role === 'coordinator' || user.role === 'admin';
  if (award && user.role === 'jury') {
    // the juror's own sheets: [{nomineeId, scores: {criterionId: n}}]
    const sheets = await api.find(`${base}/scores/me`).catch(() => null);
    if (Array.isArray(sheets)) award.myScores = Object.fromEntries(sheets.map(sheet => [sheet.nomineeId, sheet.scores ?? {}]));
  }
  const title = award?.title ?? awardId;
  const closed = Boolean(results) || String(award?.status ?? '').toLowerCase() === 'closed';

  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Nagrody'),
    h('div', { class: 'page-head' },
      h('div', null, h('p', { class: 'eyebrow' }, 'Nagroda'), h('h1', null, title),
        h('p', { class: 'head-meta' }, 'Status: ', statusBadge(closed ? 'closed' : 'open'))),
      coordinator && !closed ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button secondary', onclick: async event => {
        if (!confirm('Zamknąć ocenianie? Wyniki zostaną zamrożone i udostępnione.')) return;
        event.currentTarget.disabled = true;
        try { await api.post(`${base}/close`); toast('Ocenianie zamknięte.', 'ok'); location.reload(); }
        catch (error) { toast(error.message, 'error'); event.target.disabled = false; }
      } }, 'Zamknij ocenianie')) : null));

  if (!award && !results) {
    root.append(h('p', { class: 'alert alert-info' }, `Nie ma nagrody „${awardId}”.`));
    return;
  }
  if (results) root.append(resultsSection(results));
  if (award && !closed && user.role === 'jury') root.append(scoringSection(award, base, user, toast));
  if (award && !closed && coordinator) root.append(overview(award));
}

function criteriaOf(award) {
  return (award.criteria ?? []).map(c => ({ id: c.id, name: c.name ?? c.title ?? c.id, weight: c.weight }));
}

function categoryName(award, id) {
  const c = (award.categories ?? []).find(x => (x.id ?? x) === id);
  return c?.name ?? c?.title ?? id;
}

function scoringSection(award, base, user, toast) {
  const criteria = criteriaOf(award);
  const myScores = award.myScores ?? award.scores ?? {};
  const section = h('section', { 'aria-labelledby': 'ocenianie' }, h('h2', { id: 'ocenianie' }, 'Twoje oceny'),
    h('p', { class: 'muted' }, 'Każde kryterium oceń w skali 0–10. Nie oceniasz nominowanych ze swojej gminy (konflikt interesów).'));
  const categories = (award.categories ?? []).map(c => c.id ?? c);
  for (const category of categories) {
    const nominees = (award.nominees ?? []).filter(n => n.category === category);
    if (!nominees.length) continue;
    section.append(h('h3', null, categoryName(award, category)));
    section.append(h('div', { class: 'nominees' }, nominees.map(n => nomineeForm(n, criteria, myScores[n.id] ?? {}, base, user, toast))));
  }
  return section;
}

function nomineeForm(nominee, criteria, current, base, user, toast) {
  const conflict = user.teryt && nominee.teryt === user.teryt;
  const state = h('span', { class: 'muted', role: 'status' }, Object.keys(current).length ? 'Oceniono' : '');
  const form = h('form', { class: 'nominee', 'aria-labelledby': `nom-${nominee.id}`, 'data-nominee': nominee.id },
    h('h4', { id: `nom-${nominee.id}` }, nominee.name, nominee.teryt ? h('span', { class: 'muted' }, ` · ${nominee.teryt}`) : null),
    conflict ? h('p', { class: 'alert alert-info' }, 'Konflikt interesów: nie oceniasz nominacji ze swojej gminy.') : null,
    h('div', { class: 'criteria' }, criteria.map(c => h('div', { class: 'field' },
      h('label', { for: `s-${nominee.id}-${c.id}` }, c.name, c.weight ? h('span', { class: 'muted' }, ` (waga ${plain(c.weight)})`) : null),
      h('input', { id: `s-${nominee.id}-${c.id}`, name: c.id, type: 'number', min: 0, max: 10, step: 1, inputmode: 'numeric', required: true,
        value: current[c.id] ?? '', disabled: conflict })))),
    h('div', { class: 'nominee-foot' }, state, h('button', { type: 'submit', class: 'button', disabled: conflict }, 'Zapisz ocenę')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const scores = {};
    for (const input of form.querySelectorAll('input[name]')) {
      const value = Number(input.value);
      if (input.value === '' || !Number.isInteger(value) || value < 0 || value > 10) {
        state.textContent = 'Każde kryterium: liczba całkowita od 0 do 10.';
        input.focus();
        return;
      }
      scores[input.name] = value;
    }
    state.textContent = 'Zapisywanie…';
    try {
      await api.put(`${base}/scores/${encodeURIComponent(nominee.id)}`, scores);
      state.textContent = 'Zapisano';
    } catch (error) {
      state.textContent = error.message;
      toast(error.message, 'error');
    }
  });
  return form;
}

function overview(award) {
  const progress = award.progress ?? award.jurorProgress;
  return h('section', { class: 'card', 'aria-labelledby': 'nominowani' }, h('h2', { id: 'nominowani' }, 'Nominowani i jurorzy'),
    h('p', null, `Jurorzy: ${(award.jurors ?? []).map(j => j.login ?? j).join(', ') || '—'}`),
    Array.isArray(progress) ? h('ul', null, progress.map(p => h('li', null, `${p.juror ?? p.login}: ${p.scored ?? 0} z ${p.total ?? '?'} ocen`))) : null,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Kategoria'), h('th', { scope: 'col' }, 'Nominowany'))),
      h('tbody', null, (award.nominees ?? []).map(n => h('tr', null, h('td', null, categoryName(award, n.category)), h('th', { scope: 'row' }, n.name)))))));
}

function resultsSection(results) {
  const categories = Array.isArray(results) ? results : results.categories ?? [];
  return h('section', { class: 'card', 'aria-labelledby': 'wyniki-nagrody' }, h('h2', { id: 'wyniki-nagrody' }, 'Wyniki'),
    h('div', { class: 'grid-2' }, categories.map(c => h('div', null, h('h3', null, c.name ?? c.category),
      h('table', { class: 'data' },
        h('thead', null, h('tr', null, h('th', { scope: 'col', class: 'num' }, 'Miejsce'), h('th', { scope: 'col' }, 'Nominowany'), h('th', { scope: 'col', class: 'num' }, 'Wynik'))),
        h('tbody', null, (c.rows ?? []).map(r => h('tr', null, h('td', { class: 'num' }, plain(r.place)), h('th', { scope: 'row' }, r.name), h('td', { class: 'num' }, score(r.score))))))))));
}
