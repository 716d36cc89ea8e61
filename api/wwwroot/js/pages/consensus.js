// The team's consensus: each question with the agreed value; questions where members differ by ≥ 2 levels are marked.
import { api } from '../api.js';
import { h, plain, statusBadge } from '../dom.js';
import { allThemes } from './progress.js';

export async function render(root, { questionnaireId, teryt }, { toast }) {
  const [definition, assessment, unit] = await Promise.all([
    api.get(`/api/questionnaires/${encodeURIComponent(questionnaireId)}`),
    api.get(`/api/assessments/${encodeURIComponent(questionnaireId)}/${teryt}`),
    api.find(`/api/municipalities/${teryt}`).catch(() => null),
  ]);
  const disagreements = new Map();
  for (const item of assessment.disagreements ?? []) {
    if (typeof item === 'string') disagreements.set(item, null);
    else if (item) disagreements.set(item.questionId ?? item.id, item);
  }
  const values = assessment.answers ?? {};
  const consensus = assessment.consensus ?? {};
  const frozen = String(assessment.status).toLowerCase() === 'closed';

  const onlyDisagreements = h('input', { type: 'checkbox', id: 'tylko-rozbieznosci', checked: disagreements.size > 0 });
  const list = h('div', { class: 'questions' });
  const draw = () => {
    list.replaceChildren();
    for (const theme of allThemes(definition)) {
      const questions = theme.questions.filter(q => !onlyDisagreements.checked || disagreements.has(q.id));
      if (!questions.length) continue;
      list.append(h('h2', null, `${theme.id}. ${theme.title}`));
      for (const q of questions) list.append(questionRow(q));
    }
    if (!list.children.length) list.append(h('p', { class: 'alert alert-ok' }, 'Brak rozbieżności: odpowiedzi członków zespołu różnią się najwyżej o jeden poziom.'));
  };
  onlyDisagreements.addEventListener('change', draw);

  function questionRow(q) {
    const disagreement = disagreements.get(q.id);
    const marked = disagreements.has(q.id);
    const select = h('select', { id: `konsensus-${q.id}`, disabled: frozen },
      h('option', { value: '' }, '— bez uzgodnienia —'),
      (q.kind === 'yesno' ? [['true', 'Tak'], ['false', 'Nie']] : (q.levels ?? []).map(l => [String(l.value), `${l.value} · ${l.label}`]))
        .map(([value, label]) => h('option', { value, selected: String(consensus[q.id] ?? '') === value }, label)),
      q.allowNotApplicable ? h('option', { value: 'nd', selected: consensus[q.id] === 'nd' }, 'Nie dotyczy') : null);
    select.addEventListener('change', async () => {
      const raw = select.value;
      const value = raw === '' ? null : raw === 'nd' ? 'nd' : raw === 'true' ? true : raw === 'false' ? false : Number(raw);
      try {
        await api.put(`/api/assessments/${questionnaireId}/${teryt}/consensus`, { answers: { [q.id]: value } });
        toast(`Zapisano uzgodnienie dla ${q.id}.`, 'ok');
      } catch (error) { toast(error.message, 'error'); }
    });
    const spread = disagreement && typeof disagreement === 'object'
      ? [disagreement.min !== undefined ? `od ${plain(disagreement.min)} do ${plain(disagreement.max)}` : null,
        Array.isArray(disagreement.values) ? `odpowiedzi: ${disagreement.values.map(plain).join(', ')}` : null].filter(Boolean).join(' · ')
      : '';
    return h('div', { class: `question${marked ? ' missing' : ''}`, 'data-question': q.id },
      h('p', { class: 'question-text' }, h('span', { class: 'question-number' }, q.id), q.text),
      marked ? h('p', { class: 'question-missing' }, `Rozbieżność w zespole${spread ? `: ${spread}` : ''}`) : null,
      h('div', { class: 'inline-row' },
        h('span', { class: 'muted' }, `Wartość zespołu: ${plain(values[q.id])}`),
        h('label', { for: `konsensus-${q.id}`, class: 'visually-hidden' }, `Uzgodniona odpowiedź na pytanie ${q.id}`), select));
  }

  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Uzgodnienie zespołu'),
    h('div', { class: 'page-head' }, h('div', null,
      h('p', { class: 'eyebrow' }, definition.title),
      h('h1', null, `Uzgodnienie zespołu: ${unit?.name ?? teryt}`),
      h('p', { class: 'head-meta' }, 'Status: ', statusBadge(assessment.status), ` · respondenci: ${assessment.respondents ?? 0} · rozbieżności: ${disagreements.size}`))),
    h('p', { class: 'lead' }, 'Zacznijcie od pytań, przy których odpowiedzi różnią się o co najmniej dwa poziomy. Uzgodniona wartość zastępuje medianę odpowiedzi członków zespołu.'),
    h('div', { class: 'inline-row' }, onlyDisagreements, h('label', { for: 'tylko-rozbieznosci' }, 'Pokaż tylko rozbieżności')),
    list);
  draw();
}
