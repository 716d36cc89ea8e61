// Closing a gmina's assessment (results and consensus pages): ask first, saying who of the team has not submitted.
import { api } from '../api.js';
import { h } from '../dom.js';
import { count, nouns } from '../labels.js';

/** The confirmation text: how many members (and who) have not submitted, from GET …/responses. */
export function closeWarning(members) {
  const waiting = (Array.isArray(members) ? members : []).filter(m => String(m.status ?? '').toLowerCase() !== 'submitted');
  return waiting.length
    ? `${count(waiting.length, nouns.osoba)} z zespołu nie ${waiting.length === 1 ? 'przesłała' : 'przesłały'} ankiety (${waiting.map(m => m.displayName || m.login).join(', ')}). Zamknąć ocenę gminy mimo to? Wynik zostanie zamrożony.`
    : 'Zamknąć ocenę gminy? Wynik zostanie zamrożony.';
}

/** A button that reads the team, asks with closeWarning, closes the round's assessment, then calls done(). */
export function closeAssessmentButton({ questionnaireId, teryt, round, label, id, toast, done }) {
  const base = `/api/assessments/${encodeURIComponent(questionnaireId)}/${teryt}`;
  return h('button', { type: 'button', class: 'button secondary', id, onclick: async event => {
    const button = event.currentTarget;
    const members = await api.find(`${base}/responses`).catch(() => null);
    if (!window.confirm(closeWarning(members))) return;
    button.disabled = true;
    try {
      await api.post(`${base}/close${round ? `?round=${encodeURIComponent(round)}` : ''}`);
      done();
    } catch (error) { toast(error.message, 'error'); button.disabled = false; }
  } }, label);
}
