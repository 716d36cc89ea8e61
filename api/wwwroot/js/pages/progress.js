// Counting answered questions per theme from the definition and the answers map.

export function isAnswered(value) {
  return value !== null && value !== undefined && value !== '';
}

export function themeProgress(theme, answers) {
  const total = theme.questions.length;
  const answered = theme.questions.filter(q => isAnswered(answers[q.id])).length;
  return { answered, total };
}

export function questionnaireProgress(definition, answers) {
  let answered = 0;
  let total = 0;
  for (const area of definition.areas ?? []) {
    for (const theme of area.themes) {
      const p = themeProgress(theme, answers);
      answered += p.answered;
      total += p.total;
    }
  }
  return { answered, total };
}

export function allThemes(definition) {
  return (definition.areas ?? []).flatMap(area => area.themes.map(theme => ({ ...theme, area })));
}
