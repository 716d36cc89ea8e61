// An accessible confirmation instead of window.confirm: a modal <dialog> (focus kept inside, Escape cancels) with a
// heading, the message and two buttons. Resolves true only when the person chose to go on.
import { h } from './dom.js';

let sequence = 0;

/** options: {title, message (text or nodes), confirm: button label, cancel: button label, danger: red confirm button}. */
export function ask({ title, message, confirm = 'Tak', cancel = 'Anuluj', danger = false }) {
  const id = `pytanie-${++sequence}`;
  const dialog = h('dialog', { class: 'ask-dialog', 'aria-labelledby': `${id}-tytul`, 'aria-describedby': `${id}-tresc` },
    h('form', { method: 'dialog' },
      h('h2', { id: `${id}-tytul` }, title),
      h('div', { id: `${id}-tresc`, class: 'ask-message' }, message),
      h('div', { class: 'actions ask-actions' },
        h('button', { type: 'submit', value: 'tak', class: `button ${danger ? 'danger' : 'primary'}` }, confirm),
        h('button', { type: 'submit', value: 'nie', class: 'button secondary', autofocus: true }, cancel))));
  document.body.append(dialog);
  return new Promise(resolve => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'tak');
      dialog.remove();
    }, { once: true });
    dialog.showModal();
  });
}
