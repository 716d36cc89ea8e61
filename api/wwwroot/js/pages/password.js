// Password change: required after an admin reset (mustChangePassword), available to everyone signed in.
import { api, session, ApiError } from '../api.js';
import { h } from '../dom.js';

export async function render(root, _params, { navigate, toast, user }) {
  const error = h('div', { class: 'alert alert-error', role: 'alert', hidden: true, id: 'blad-hasla' });
  const oldInput = h('input', { id: 'stare-haslo', type: 'password', autocomplete: 'current-password', required: true });
  const newInput = h('input', { id: 'nowe-haslo', type: 'password', autocomplete: 'new-password', required: true, minlength: 12 });
  const repeatInput = h('input', { id: 'powtorz-haslo', type: 'password', autocomplete: 'new-password', required: true });
  const submit = h('button', { type: 'submit', class: 'button primary wide' }, 'Zmień hasło');
  const form = h('form', { class: 'card login-card', novalidate: true, 'aria-describedby': 'blad-hasla' },
    h('h1', null, 'Zmiana hasła'),
    user?.mustChangePassword
      ? h('p', { class: 'alert alert-info' }, 'Administrator ustawił Ci hasło tymczasowe. Ustaw własne, aby korzystać z aplikacji.')
      : null,
    h('p', { class: 'lead' }, 'Nowe hasło: co najmniej 12 znaków, inne niż login.'),
    error,
    h('div', { class: 'field' }, h('label', { for: 'stare-haslo' }, 'Obecne hasło'), oldInput),
    h('div', { class: 'field' }, h('label', { for: 'nowe-haslo' }, 'Nowe hasło'), newInput),
    h('div', { class: 'field' }, h('label', { for: 'powtorz-haslo' }, 'Powtórz nowe hasło'), repeatInput),
    submit);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    if (newInput.value !== repeatInput.value) {
      error.textContent = 'Nowe hasła różnią się.';
      error.hidden = false;
      repeatInput.focus();
      return;
    }
    submit.disabled = true;
    try {
      await api.post('/api/auth/password', { oldPassword: oldInput.value, newPassword: newInput.value });
      await session.load();
      toast('Hasło zostało zmienione.', 'ok');
      navigate('/');
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldErrors : [];
      error.textContent = fields.length ? fields.map(f => f.message).join(' ') : e.message ?? String(e);
      error.hidden = false;
    } finally {
      submit.disabled = false;
    }
  });
  root.append(form);
  oldInput.focus();
}
