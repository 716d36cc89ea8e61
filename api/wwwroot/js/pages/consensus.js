// The team's consensus: each question with every member's answer and note, the team value and the agreed value;
// questions where members differ by ≥ 2 levels are marked, and the page counts how many of them are resolved.
import { api, ApiError } from '../api.js';
import { h, clear, plain, statusBadge, statusLabel } from '../dom.js';
import { count, nouns } from '../labels.js';
import { allThemes } from './progress.js';
import { closeAssessmentButton } from './close-assessment.js';

export async function render(root, { questionnaireId, teryt }, { user, toast, navigate }) {
  const base = `/api/assessments/${encodeURIComponent(questionnaireId)}/${teryt}`;
  const [definition, assessment, unit, members] = await Promise.all([
    api.get(`/api/questionnaires/${encodeURIComponent(questionnaireId)}`),
    api.get(base),
    api.find(`/api/municipalities/${teryt}`).catch(() => null),
    api.find(`${base}/responses`).catch(error => {
      if (error instanceof ApiError && error.status === 403) return null;
      throw error;
    }),
  ]);
  const team = Array.isArray(members) ? members : [];
  const disagreements = new Set((assessment.disagreements ?? []).map(item => (typeof item === 'string' ? item : item?.questionId ?? item?.id)));
  const values = assessment.answers ?? {};
  const consensus = { ...(assessment.consensus ?? {}) };
  const frozen = String(assessment.status).toLowerCase() === 'closed';

  const counter = h('p', { class: 'consensus-counter', role: 'status', id: 'licznik-rozbieznosci' });
  const showCounter = () => {
    const resolved = [...disagreements].filter(id => consensus[id] !== undefined && consensus[id] !== null).length;
    counter.textContent = disagreements.size
      ? `Rozwiązane rozbieżności: ${resolved} z ${disagreements.size}.`
      : 'Brak rozbieżności w zespole.';
    counter.dataset.resolved = String(resolved);
  };

  const onlyDisagreements = h('input', { type: 'checkbox', id: 'tylko-rozbieznosci', checked: disagreements.size > 0 });
  const list = h('div', { class: 'questions' });
  const draw = () => {
    clear(list);
    for (const theme of allThemes(definition)) {
      const shown = theme.questions.filter(q => !onlyDisagreements.checked || disagreements.has(q.id));
      if (!shown.length) continue;
      list.append(h('h2', null, `${theme.id}. ${theme.title}`));
      for (const q of shown) list.append(questionRow(q));
    }
    if (!list.children.length) list.append(h('p', { class: 'alert alert-ok' }, 'Brak rozbieżności: odpowiedzi członków zespołu różnią się najwyżej o jeden poziom.'));
  };
  onlyDisagreements.addEventListener('change', draw);

  function optionsOf(q) {
    const options = q.kind === 'yesno' ? [['true', 'Tak'], ['false', 'Nie']] : (q.levels ?? []).map(l => [String(l.value), `${l.value} · ${l.label}`]);
    if (q.allowNotApplicable) options.push(['nd', 'Nie dotyczy']);
    return options;
  }

  function answerText(q, value) {
    if (value === null || value === undefined || value === '') return 'brak odpowiedzi';
    const found = optionsOf(q).find(([v]) => v === String(value));
    return found ? found[1] : plain(value);
  }

  function questionRow(q) {
    const marked = disagreements.has(q.id);
    const select = h('select', { id: `konsensus-${q.id}`, disabled: frozen },
      h('option', { value: '' }, '— bez uzgodnienia (mediana zespołu) —'),
      optionsOf(q).map(([value, label]) => h('option', { value, selected: String(consensus[q.id] ?? '') === value }, label)));
    select.addEventListener('change', async () => {
      const raw = select.value;
      const value = raw === '' ? null : raw === 'nd' ? 'nd' : raw === 'true' ? true : raw === 'false' ? false : Number(raw);
      try {
        await api.put(`${base}/consensus`, { answers: { [q.id]: value } });
        if (value === null) delete consensus[q.id]; else consensus[q.id] = value;
        showCounter();
        toast(`Zapisano uzgodnienie dla pytania ${q.id}.`, 'ok');
      } catch (error) { toast(error.message, 'error'); }
    });
    const answered = team.filter(m => m.answers && m.answers[q.id] !== undefined && m.answers[q.id] !== null);
    const memberList = team.length
      ? h('ul', { class: 'member-answers', 'aria-label': `Odpowiedzi członków zespołu na pytanie ${q.id}` }, team.map(m => {
        const note = m.notes?.[q.id];
        return h('li', null, h('span', { class: 'member-name' }, m.displayName || m.login), ': ',
          h('strong', null, answerText(q, m.answers?.[q.id])),
          note ? h('p', { class: 'member-note' }, h('span', { class: 'muted' }, 'Notatka: '), note) : null);
      }))
      : null;
    return h('div', { class: `question${marked ? ' missing' : ''}`, 'data-question': q.id },
      h('p', { class: 'question-text' }, h('span', { class: 'question-number' }, q.id), q.text),
      marked ? h('p', { class: 'question-missing' }, `Rozbieżność w zespole: odpowiedzi różnią się o co najmniej dwa poziomy (${count(answered.length, nouns.osoba)} odpowiedziało).`) : null,
      memberList,
      h('div', { class: 'inline-row' },
        h('span', { class: 'muted' }, `Wartość zespołu (mediana): ${answerText(q, values[q.id])}`),
        h('label', { for: `konsensus-${q.id}` }, 'Uzgodniona odpowiedź:'), select));
  }

  const closeButton = !frozen && (user.role === 'coordinator' || user.role === 'admin' || user.teryt === teryt)
    ? closeAssessmentButton({ questionnaireId, teryt, round: assessment.round, label: 'Zamknij ocenę gminy', id: 'zamknij-ocene', toast,
      done: () => { toast('Ocena gminy zamknięta.', 'ok'); navigate(`/wyniki/${encodeURIComponent(questionnaireId)}/${teryt}`); } })
    : null;

  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Uzgodnienie zespołu'),
    h('div', { class: 'page-head' }, h('div', null,
      h('p', { class: 'eyebrow' }, definition.title),
      h('h1', null, `Uzgodnienie zespołu: ${unit?.name ?? teryt}`),
      h('p', { class: 'head-meta' }, 'Status: ', statusBadge(assessment.status),
        ` · odpowiedziało: ${count(assessment.respondents ?? 0, nouns.osoba)} · rozbieżności: ${disagreements.size}`)),
    closeButton ? h('div', { class: 'actions' }, closeButton) : null),
    frozen ? h('p', { class: 'alert alert-info' }, 'Ocena gminy jest zamknięta — uzgodnienia można przeglądać, ale nie zmieniać.') : null,
    teamSummary(team),
    counter,
    h('p', { class: 'lead' }, 'Zacznijcie od pytań, przy których odpowiedzi różnią się o co najmniej dwa poziomy. Uzgodniona wartość zastępuje medianę odpowiedzi członków zespołu.'),
    h('p', { class: 'check-row' }, onlyDisagreements, h('label', { for: 'tylko-rozbieznosci' }, 'Pokaż tylko rozbieżności')),
    list);
  showCounter();
  draw();
}

function teamSummary(team) {
  if (!team.length) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'zespol' },
    h('h2', { id: 'zespol' }, 'Zespół'),
    h('ul', { class: 'team-list' }, team.map(m => h('li', null,
      h('strong', null, m.displayName || m.login), ' · ', statusLabel(m.status),
      m.answered !== undefined ? h('span', { class: 'muted' }, ` · ${count(m.answered, nouns.pytanie)} z odpowiedzią`) : null))));
}
