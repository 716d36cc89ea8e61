// "Sesja wygasła": a sign-in dialog over the current page. The request that met the 401 waits for it and is sent
// again after a successful sign-in (api.js), so an answer being saved is kept. Several requests share one dialog.
import { signIn, ApiError } from './api.js';
import { h } from './dom.js';

let pending = null;

/** Shows the dialog (once for concurrent callers); resolves true after signing in again as the same user, else false. */
export function askToSignInAgain(previous) {
  pending ??= show(previous).finally(() => { pending = null; });
  return pending;
}

function show(previous) {
  return new Promise(resolve => {
    const returnFocus = document.activeElement;
    const login = h('input', { id: 'reauth-login', name: 'login', autocomplete: 'username', required: true, value: previous?.login ?? '' });
    const password = h('input', { id: 'reauth-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const error = h('p', { class: 'alert alert-error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button primary' }, 'Zaloguj i kontynuuj');
    const leave = h('button', { type: 'button', class: 'button secondary' }, 'Przejdź do strony logowania');
    const form = h('form', { method: 'dialog', class: 'reauth-form' },
      h('h2', { id: 'reauth-title' }, 'Sesja wygasła'),
      h('p', { id: 'reauth-desc' }, 'Zaloguj się ponownie, aby kontynuować pracę na tej stronie. Zmiana, której nie udało się zapisać, zostanie wysłana po zalogowaniu.'),
      h('div', { class: 'field' }, h('label', { for: 'reauth-login' }, 'Login'), login),
      h('div', { class: 'field' }, h('label', { for: 'reauth-password' }, 'Hasło'), password),
      error,
      h('div', { class: 'actions' }, submit, leave));
    const dialog = h('dialog', { class: 'reauth', 'aria-labelledby': 'reauth-title', 'aria-describedby': 'reauth-desc' }, form);
    document.body.append(dialog);

    const finish = result => {
      dialog.close();
      dialog.remove();
      if (result && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
      resolve(result);
    };
    form.addEventListener('submit', async event => {
      event.preventDefault();
      error.hidden = true;
      submit.disabled = true;
      try {
        const user = await signIn(login.value.trim(), password.value);
        if (previous?.login && user?.login !== previous.login) {
          // Another person signed in: do not send the first person's change under their name.
          finish(false);
          location.reload();
          return;
        }
        finish(true);
      } catch (e) {
        error.textContent = e instanceof ApiError && (e.status === 401 || e.status === 400)
          ? 'Nieprawidłowy login lub hasło.' : e.message;
        error.hidden = false;
        submit.disabled = false;
        password.focus();
      }
    });
    leave.addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', event => { event.preventDefault(); finish(false); });
    dialog.showModal();
    (login.value ? password : login).focus();
  });
}
