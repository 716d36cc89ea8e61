import { signIn, ApiError } from '../api.js';
import { h } from '../dom.js';

export async function render(root, _params, { navigate, signedOut }) {
  const error = h('div', { class: 'alert alert-error', role: 'alert', hidden: true, id: 'blad-logowania' });
  const loginInput = h('input', { id: 'login', name: 'login', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const passwordInput = h('input', { id: 'haslo', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'button primary wide' }, 'Zaloguj się');

  const form = h('form', { class: 'card login-card', novalidate: true, 'aria-describedby': 'blad-logowania' },
    h('h1', null, 'Logowanie'),
    h('p', { class: 'lead' }, 'Zaloguj się kontem otrzymanym od koordynatora programu.'),
    signedOut ? h('div', { class: 'alert alert-info', role: 'status' }, 'Wylogowano. Sesja została zakończona na wszystkich kartach.') : null,
    error,
    h('div', { class: 'field' }, h('label', { for: 'login' }, 'Login'), loginInput),
    h('div', { class: 'field' }, h('label', { for: 'haslo' }, 'Hasło'), passwordInput),
    submit);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    const login = loginInput.value.trim();
    const password = passwordInput.value;
    if (!login || !password) {
      error.textContent = 'Podaj login i hasło.';
      error.hidden = false;
      (login ? passwordInput : loginInput).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Logowanie…';
    try {
      const user = await signIn(login, password);
      const after = sessionStorage.getItem('samoocena.after-login');
      sessionStorage.removeItem('samoocena.after-login');
      navigate(user?.mustChangePassword ? '/haslo' : after && after !== '/logowanie' && after !== '/haslo' ? after : '/');
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.message : String(e);
      error.hidden = false;
      passwordInput.select();
      passwordInput.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = 'Zaloguj się';
    }
  });

  root.append(h('div', { class: 'login-layout' },
    h('section', { class: 'login-intro' },
      h('p', { class: 'eyebrow' }, 'Program samooceny i porównań'),
      h('p', { class: 'intro-title' }, 'Samoocena zarządzania w gminie'),
      h('p', null, 'Wypełnij kwestionariusz z zespołem, porównaj wyniki z podobnymi gminami, zobacz plan działań. Koordynatorzy śledzą postęp kohort i publikują rankingi.'),
      h('ul', { class: 'ticks' },
        h('li', null, 'Zapisywanie każdej odpowiedzi na bieżąco'),
        h('li', null, 'Poziomy dojrzałości i porównanie z medianą grupy'),
        h('li', null, 'Raporty do pobrania w formacie Excel'))),
    form));
  loginInput.focus();
}
