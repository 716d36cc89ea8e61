// Filling a questionnaire: one theme at a time, autosave on every change, submit with missing answers highlighted.
import { api, ApiError } from '../api.js';
import { h, clear, statusBadge } from '../dom.js';
import { count, nouns } from '../labels.js';
import { allThemes, isAnswered, themeProgress, questionnaireProgress } from './progress.js';

const NOTE_LIMIT = 2000;

// Missing answers reported by the last refused submit, kept while the user moves between themes.
const missingByAssessment = new Map();

export async function render(root, params, { user, navigate, toast }) {
  const { questionnaireId, teryt } = params;
  const [definition, own, unit, assessment] = await Promise.all([
    api.get(`/api/questionnaires/${encodeURIComponent(questionnaireId)}`),
    api.find(`/api/assessments/${encodeURIComponent(questionnaireId)}/${teryt}/responses/me`),
    api.find(`/api/municipalities/${teryt}`).catch(() => null),
    api.find(`/api/assessments/${encodeURIComponent(questionnaireId)}/${teryt}`).catch(() => null),
  ]);
  const themes = allThemes(definition);
  const answers = { ...(own?.answers ?? {}) };
  const notes = { ...(own?.notes ?? {}) };
  // The gmina's assessment closed (by the team or the coordinator): answers can be read, not changed.
  const assessmentClosed = String(assessment?.status ?? '').toLowerCase() === 'closed';
  let status = own?.status ?? null;
  const key = `${questionnaireId}/${teryt}`;
  const missing = missingByAssessment.get(key) ?? new Set();
  missingByAssessment.set(key, missing);
  const resumeKey = `samoocena.resume.${user.login}.${key}`;

  let theme = themes.find(t => t.id === params.themeId);
  if (!theme) {
    // Resume where the user left off: the last theme opened, else the first theme with an unanswered question.
    const last = localStorage.getItem(resumeKey);
    theme = themes.find(t => t.id === last) ?? themes.find(t => themeProgress(t, answers).answered < t.questions.length) ?? themes[0];
    history.replaceState(null, '', `#/ankieta/${questionnaireId}/${teryt}/${theme.id}`);
  }
  localStorage.setItem(resumeKey, theme.id);
  const index = themes.indexOf(theme);
  const readOnly = () => assessmentClosed || ['submitted', 'closed'].includes(String(status ?? '').toLowerCase());

  // --- save state, announced politely to screen readers
  const saveState = h('p', { class: 'save-state', id: 'stan-zapisu', role: 'status', 'aria-live': 'polite', 'data-state': 'idle' },
    own?.answers && Object.keys(own.answers).length ? 'Odpowiedzi wczytane' : 'Odpowiedzi zapisują się automatycznie');
  let pending = 0;
  let chain = Promise.resolve();
  function setSaveState(state, text) {
    saveState.dataset.state = state;
    saveState.textContent = text;
  }

  function save(questionId, value, questionBox) {
    return send({ answers: { [questionId]: value } }, questionBox);
  }

  function saveNote(questionId, text, questionBox) {
    return send({ answers: {}, notes: { [questionId]: text === '' ? null : text } }, questionBox);
  }

  function send(body, questionBox) {
    pending++;
    setSaveState('saving', 'Zapisywanie…');
    chain = chain.then(async () => {
      try {
        const result = await api.put(`/api/assessments/${questionnaireId}/${teryt}/responses/me`, body);
        questionBox.classList.remove('has-error');
        questionBox.querySelector('.question-error')?.remove();
        if (result?.status) status = result.status;
        if (--pending === 0) {
          const time = new Date().toLocaleTimeString('pl-PL', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
          setSaveState('saved', `Zapisano (${time})`);
        }
      } catch (error) {
        pending--;
        setSaveState('error', `Nie zapisano: ${error.message}`);
        showQuestionError(questionBox, error.message);
      }
    });
    return chain;
  }

  // --- theme navigation with progress per theme
  const nav = h('nav', { class: 'theme-nav', 'aria-label': 'Tematy kwestionariusza' });
  function renderNav() {
    clear(nav);
    const overall = questionnaireProgress(definition, answers);
    nav.append(h('p', { class: 'theme-nav-total' }, `Razem: ${overall.answered} z ${overall.total}`));
    const missingCount = [...missing].filter(id => !isAnswered(answers[id])).length;
    navSummary.textContent = `Tematy i postęp: ${overall.answered} z ${overall.total}${missingCount ? ` · brak ${missingCount}` : ''}`;
    for (const area of definition.areas) {
      nav.append(h('p', { class: 'theme-nav-area' }, `${area.id}. ${area.title}`));
      nav.append(h('ol', null, area.themes.map(t => {
        const p = themeProgress(t, answers);
        const missingHere = t.questions.filter(q => missing.has(q.id) && !isAnswered(answers[q.id])).length;
        const done = p.answered === p.total;
        return h('li', null, h('a', {
          href: `#/ankieta/${questionnaireId}/${teryt}/${t.id}`,
          class: `theme-link${t.id === theme.id ? ' current' : ''}${done ? ' done' : ''}${missingHere ? ' missing' : ''}`,
          'aria-current': t.id === theme.id ? 'step' : null,
          'data-theme': t.id,
        },
        h('span', { class: 'theme-link-title' }, t.title),
        h('span', { class: 'theme-link-count', 'aria-label': `odpowiedzi: ${p.answered} z ${p.total}${missingHere ? `, brakuje ${missingHere}` : ''}` },
          missingHere ? `brak ${missingHere}` : `${p.answered}/${p.total}`),
        h('span', { class: 'mini-meter', 'aria-hidden': 'true' }, h('span', { style: { width: `${Math.round(100 * p.answered / p.total)}%` } }))));
      })));
    }
  }

  // --- questions of the current theme
  const progressText = h('span', { class: 'muted', id: 'postep-tematu' });
  function renderThemeProgress() {
    const p = themeProgress(theme, answers);
    progressText.textContent = `Odpowiedzi w tym temacie: ${p.answered} z ${p.total}`;
  }

  function onAnswer(question, value, questionBox) {
    if (value === null) delete answers[question.id]; else answers[question.id] = value;
    if (isAnswered(value)) {
      missing.delete(question.id);
      questionBox.classList.remove('missing');
      questionBox.removeAttribute('aria-invalid');
      questionBox.querySelector('.question-missing')?.remove();
    }
    renderNav();
    renderThemeProgress();
    updateSummary();
    save(question.id, value, questionBox);
  }

  const questionList = h('div', { class: 'questions' });
  theme.questions.forEach((question, i) => questionList.append(questionBlock(question, i + 1)));

  function questionBlock(question, number) {
    const box = h('fieldset', { class: 'question', id: `pytanie-${question.id}`, 'data-question': question.id });
    const legendId = `pytanie-${question.id}-tresc`;
    box.append(h('legend', { id: legendId },
      h('span', { class: 'question-number' }, `${question.id}`),
      h('span', { class: 'question-text' }, question.text),
      question.required === false ? h('span', { class: 'muted' }, ' (nieobowiązkowe)') : null));
    if (question.help) box.append(h('p', { class: 'question-help' }, question.help));

    const choices = h('div', { class: 'choices' });
    const options = choiceOptions(question);
    for (const option of options) {
      const id = `q-${question.id}-${String(option.value)}`.replace(/[^\w-]/g, '_');
      const input = h('input', { type: 'radio', name: `q-${question.id}`, id, value: JSON.stringify(option.value) });
      if (sameValue(answers[question.id], option.value)) input.checked = true;
      input.addEventListener('change', () => { if (input.checked) onAnswer(question, option.value, box); });
      choices.append(h('label', { class: `choice${option.value === 'nd' ? ' choice-nd' : ''}`, for: id }, input,
        h('span', { class: 'choice-body' },
          h('span', { class: 'choice-label' }, option.label),
          option.statement ? h('span', { class: 'choice-statement' }, option.statement) : null)));
    }
    if (options.length) box.append(choices);
    else box.append(freeInput(question, box));

    const clearButton = h('button', { type: 'button', class: 'button-link small', onclick: () => {
      for (const input of box.querySelectorAll('input, textarea')) {
        if (input.type === 'radio') input.checked = false; else input.value = '';
      }
      onAnswer(question, null, box);
    } }, 'Wyczyść odpowiedź');
    box.append(noteField(question, box), h('div', { class: 'question-tools' }, clearButton));
    if (missing.has(question.id) && !isAnswered(answers[question.id])) markMissing(box);
    return box;
  }

  // A short note with each answer: the evidence behind it (document, resolution, link), at most 2,000 characters.
  function noteField(question, box) {
    const id = `notatka-${question.id}`.replace(/[^\w-]/g, '_');
    const current = notes[question.id] ?? '';
    const counter = h('span', { class: 'muted note-counter', id: `${id}-licznik`, 'aria-live': 'polite' });
    const area = h('textarea', { id, rows: 2, maxlength: NOTE_LIMIT, 'aria-describedby': `${id}-licznik`, class: 'note-input' });
    area.value = current;
    const showCount = () => { counter.textContent = `${area.value.length} / ${NOTE_LIMIT.toLocaleString('pl-PL')} znaków`; };
    showCount();
    let timer = null;
    const commit = () => {
      clearTimeout(timer);
      const text = area.value.trim();
      if ((notes[question.id] ?? '') === text) return;
      if (text) notes[question.id] = text; else delete notes[question.id];
      saveNote(question.id, text, box);
    };
    area.addEventListener('input', () => { showCount(); clearTimeout(timer); timer = setTimeout(commit, 800); });
    area.addEventListener('change', commit);
    return h('details', { class: 'note', open: Boolean(current) },
      h('summary', null, current ? 'Notatka (uzasadnienie, dowód)' : 'Dodaj notatkę (uzasadnienie, dowód)'),
      h('label', { for: id, class: 'visually-hidden' }, `Notatka do pytania ${question.id}`),
      area, counter);
  }

  function freeInput(question, box) {
    const id = `q-${question.id}`;
    const numeric = question.kind === 'number';
    const input = numeric
      ? h('input', { id, type: 'number', inputmode: 'decimal', step: 'any', min: question.min, max: question.max, 'aria-labelledby': `pytanie-${question.id}-tresc` })
      : h('textarea', { id, rows: 3, 'aria-labelledby': `pytanie-${question.id}-tresc` });
    const current = answers[question.id];
    if (isAnswered(current)) input.value = String(current);
    let timer = null;
    const commit = () => {
      clearTimeout(timer);
      const raw = input.value.trim();
      const value = raw === '' ? null : numeric ? Number(raw.replace(',', '.')) : raw;
      if (numeric && value !== null && Number.isNaN(value)) return showQuestionError(box, 'Wpisz liczbę.');
      if (sameValue(answers[question.id] ?? null, value)) return;
      onAnswer(question, value, box);
    };
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(commit, 600); });
    input.addEventListener('change', commit);
    return h('div', { class: 'field' }, input);
  }

  // --- submit with the missing questions highlighted
  const summary = h('div', { class: 'alert alert-error', role: 'alert', id: 'braki', tabindex: '-1', hidden: true });
  function updateSummary() {
    const open = [...missing].filter(id => !isAnswered(answers[id]));
    clear(summary);
    if (!open.length) { summary.hidden = true; return; }
    summary.hidden = false;
    summary.append(h('strong', null, `Nie można przesłać ankiety: brakuje odpowiedzi na ${count(open.length, nouns.pytanie)}.`),
      h('ul', null, open.map(id => {
        const owner = themes.find(t => t.questions.some(q => q.id === id));
        return h('li', null, h('a', { href: `#/ankieta/${questionnaireId}/${teryt}/${owner?.id ?? theme.id}`, 'data-missing': id,
          onclick: event => {
            if (owner?.id === theme.id) {
              event.preventDefault();
              const target = document.getElementById(`pytanie-${id}`);
              target?.scrollIntoView({ block: 'center' });
              target?.querySelector('input, textarea')?.focus();
            }
          } }, `${id} — ${owner?.title ?? ''}`));
      })));
  }

  const submitResult = h('div', { id: 'wynik-przeslania' });
  const submitButton = h('button', { type: 'button', class: 'button primary', id: 'przeslij' }, 'Prześlij ankietę');
  submitButton.addEventListener('click', async () => {
    submitButton.disabled = true;
    clear(submitResult);
    try {
      await chain; // never submit ahead of a pending save
      const result = await api.post(`/api/assessments/${questionnaireId}/${teryt}/responses/me/submit`);
      status = result?.status ?? 'submitted';
      missing.clear();
      updateSummary();
      renderNav();
      applyReadOnly();
      submitResult.append(h('div', { class: 'alert alert-ok', role: 'status' },
        h('strong', null, 'Ankieta przesłana. '), 'Dziękujemy — Twoje odpowiedzi trafiły do oceny gminy. ',
        h('a', { class: 'button primary', href: `#/wyniki/${questionnaireId}/${teryt}` }, 'Zobacz wyniki')));
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        const ids = missingIds(error, themes);
        ids.forEach(id => missing.add(id));
        renderNav();
        for (const box of questionList.querySelectorAll('.question')) {
          if (missing.has(box.dataset.question) && !isAnswered(answers[box.dataset.question])) markMissing(box);
        }
        updateSummary();
        if (!ids.length) submitResult.append(h('div', { class: 'alert alert-error', role: 'alert' }, error.message));
        summary.scrollIntoView({ block: 'start' });
        summary.focus();
      } else {
        submitResult.append(h('div', { class: 'alert alert-error', role: 'alert' }, error.message));
      }
    } finally {
      submitButton.disabled = readOnly();
    }
  });

  function applyReadOnly() {
    const frozen = readOnly();
    for (const input of questionList.querySelectorAll('input, textarea, button')) input.disabled = frozen;
    submitButton.disabled = frozen;
    submitButton.hidden = assessmentClosed;
    frozenNote.textContent = assessmentClosed
      ? 'Ocena gminy została zamknięta — odpowiedzi można przeglądać, ale nie zmieniać. Wyniki są na stronie wyników.'
      : 'Ankieta została przesłana — odpowiedzi można przeglądać, ale nie zmieniać.';
    statusHolder.replaceChildren(statusBadge(status));
    frozenNote.hidden = !frozen;
  }

  // On a phone the theme list folds away above the questions; on a laptop it is always open beside them.
  const navSummary = h('summary');
  const navDetails = h('details', { class: 'theme-details', open: window.matchMedia('(min-width: 901px)').matches }, navSummary, nav);
  const statusHolder = h('span', null, statusBadge(status));
  const frozenNote = h('p', { class: 'alert alert-info', hidden: true }, 'Ankieta została przesłana — odpowiedzi można przeglądać, ale nie zmieniać.');
  const previous = themes[index - 1];
  const next = themes[index + 1];

  root.append(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / ', definition.title),
    h('div', { class: 'page-head' },
      h('div', null,
        h('p', { class: 'eyebrow' }, `${unit?.name ?? teryt} · obszar ${theme.area.id}: ${theme.area.title}`),
        h('h1', null, `${theme.id}. ${theme.title}`),
        h('p', { class: 'head-meta' }, 'Status Twojej ankiety: ', statusHolder, ' · ', progressText)),
      saveState),
    summary,
    frozenNote,
    h('div', { class: 'fill-layout' },
      h('aside', { class: 'fill-aside' }, navDetails),
      h('section', { class: 'fill-main', 'aria-labelledby': 'naglowek-tematu' },
        h('p', { class: 'visually-hidden', id: 'naglowek-tematu' }, `Pytania tematu ${theme.title}`),
        h('p', { class: 'hint' }, 'Wybierz poziom, który najlepiej opisuje obecną, sprawdzalną praktykę urzędu. Strzałki zmieniają wybór w grupie, Tab przechodzi do kolejnego pytania.'),
        questionList,
        h('div', { class: 'pager' },
          previous ? h('a', { class: 'button secondary', href: `#/ankieta/${questionnaireId}/${teryt}/${previous.id}`, rel: 'prev' }, `← ${previous.id}. ${previous.title}`) : h('span'),
          next ? h('a', { class: 'button', href: `#/ankieta/${questionnaireId}/${teryt}/${next.id}`, rel: 'next' }, `${next.id}. ${next.title} →`) : h('span')),
        h('div', { class: 'submit-box' },
          h('div', null, h('h2', null, 'Przesłanie ankiety'),
            h('p', { class: 'muted' }, 'Przed przesłaniem odpowiedz na wszystkie obowiązkowe pytania. Brakujące zostaną wskazane.')),
          submitButton),
        submitResult)));

  renderNav();
  renderThemeProgress();
  updateSummary();
  applyReadOnly();
}

function choiceOptions(question) {
  const options = [];
  if (question.kind === 'scale') {
    for (const level of question.levels ?? []) options.push({ value: level.value, label: `${level.value} · ${level.label}`, statement: level.statement });
  } else if (question.kind === 'yesno') {
    options.push({ value: true, label: 'Tak' }, { value: false, label: 'Nie' });
  } else if (question.kind === 'choice') {
    for (const option of question.options ?? []) options.push({ value: option.value, label: option.label });
  }
  if (options.length && question.allowNotApplicable) options.push({ value: 'nd', label: 'Nie dotyczy', statement: 'Pytanie nie dotyczy naszej gminy; nie wlicza się do wyniku.' });
  return options;
}

function sameValue(a, b) {
  return a === b || (a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b));
}

function markMissing(box) {
  box.classList.add('missing');
  box.setAttribute('aria-invalid', 'true');
  if (!box.querySelector('.question-missing')) {
    box.querySelector('legend').after(h('p', { class: 'question-missing' }, 'Brak odpowiedzi — to pytanie jest obowiązkowe.'));
  }
}

function showQuestionError(box, message) {
  box.classList.add('has-error');
  box.querySelector('.question-error')?.remove();
  box.append(h('p', { class: 'question-error', role: 'alert' }, message));
}

/** Question ids named by a 422 problem: in its errors map (keys or messages) or a `missing` list. */
function missingIds(error, themes) {
  const ids = themes.flatMap(t => t.questions.map(q => q.id));
  const texts = [];
  const problem = error.problem ?? {};
  for (const list of [problem.missing, problem.missingQuestions]) {
    if (Array.isArray(list)) texts.push(...list.map(item => (typeof item === 'string' ? item : item?.id ?? item?.questionId ?? '')));
  }
  for (const { field, message } of error.fieldErrors) texts.push(field, message);
  const found = new Set();
  for (const id of ids) {
    const pattern = new RegExp(`(^|[^\\w])${id.replace(/\./g, '\\.')}(?![\\w.]*\\d)`);
    if (texts.some(text => text === id || pattern.test(text))) found.add(id);
  }
  return ids.filter(id => found.has(id));
}
