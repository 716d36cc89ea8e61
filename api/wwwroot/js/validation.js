// Form validation messages in Polish: the browser's own bubbles speak the browser's language (English in many
// offices), so every invalid field gets a Polish message from its validity state. One handler for the document.
const messages = {
  valueMissing: field => (field.type === 'file' ? 'Wybierz plik.' : field.type === 'radio' || field.type === 'checkbox' ? 'Zaznacz jedną z opcji.' : 'To pole jest wymagane.'),
  typeMismatch: field => (field.type === 'email' ? 'Wpisz poprawny adres e-mail, np. jan.kowalski@gmina.pl.' : 'Wpisz poprawny adres.'),
  patternMismatch: field => field.dataset.patternMessage ?? 'Wpisana wartość ma niewłaściwy format.',
  tooShort: field => `Wpisz co najmniej ${field.minLength} znaków (teraz ${field.value.length}).`,
  tooLong: field => `Wpisz najwyżej ${field.maxLength} znaków (teraz ${field.value.length}).`,
  rangeUnderflow: field => `Wartość nie może być mniejsza niż ${field.min.replace('.', ',')}.`,
  rangeOverflow: field => `Wartość nie może być większa niż ${field.max.replace('.', ',')}.`,
  stepMismatch: () => 'Wpisz wartość z dozwolonym krokiem.',
  badInput: () => 'Wpisz liczbę (ułamek po przecinku, np. 12,5).',
};

export function polishMessage(field) {
  for (const [state, message] of Object.entries(messages)) {
    if (field.validity[state]) return message(field);
  }
  return '';
}

/** Installs the Polish messages: on `invalid` (capture) set a custom message; on input clear it so it is re-checked. */
export function polishValidation(root) {
  root.addEventListener('invalid', event => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement)) return;
    field.setCustomValidity('');
    if (!field.validity.valid) field.setCustomValidity(polishMessage(field));
  }, true);
  const reset = event => {
    const field = event.target;
    if (field && typeof field.setCustomValidity === 'function') field.setCustomValidity('');
  };
  root.addEventListener('input', reset, true);
  root.addEventListener('change', reset, true);
}
