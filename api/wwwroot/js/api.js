// The JSON API of docs/api.md. The pages sign in with the HttpOnly session cookie (POST /api/auth/session), which
// every tab shares and no script can read; what the pages know of the session (login, role, anti-forgery value) is
// kept in memory only, never in localStorage or sessionStorage. Writes send the anti-forgery value as X-CSRF-Token.
/**
 * A server message as people read it: the API's hints for programmers ("(lista: GET /api/indicators)",
 * "Dostępne: GET /api/questionnaires.", "Bearer <token>") are dropped from what the pages show.
 */
export function forPeople(message) {
  if (!message) return message;
  return String(message)
    .replace(/\s*\([^()]*\b(?:GET|PUT|POST|DELETE) \/api\/[^()]*\)/g, '')
    .replace(/\s*[^.;]*\b(?:GET|PUT|POST|DELETE) \/api\/[^\s.;]*[^.]*\.?/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim() || String(message);
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(forPeople(problem?.detail || problem?.title) || `Błąd ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** Messages of a validation problem, flattened: [{field, message}]. */
  get fieldErrors() {
    const errors = this.problem.errors ?? {};
    return Object.entries(errors).flatMap(([field, messages]) =>
      (Array.isArray(messages) ? messages : [messages]).map(message => ({ field, message: forPeople(String(message)) })));
  }
}

let current; // undefined: not asked yet; null: signed out; else GET /api/auth/session

export const session = {
  /** The signed-in user as last read ({login, role, teryt, antiforgery, mustChangePassword}), null or undefined. */
  get() { return current; },
  /** Asks the server who is signed in (the cookie is sent by the browser). */
  async load() {
    try { current = await send('GET', '/api/auth/session', undefined, { quiet: true }); } catch (error) {
      if (error.status === 401 || error.status === 403) current = null; else throw error;
    }
    return current;
  },
  clear() { current = null; },
};

/** Signs in with the session cookie and reads the session. */
export async function signIn(login, password) {
  await send('POST', '/api/auth/session', { login, password }, { quiet: true });
  return session.load();
}

/** Ends the session on the server (every node, every tab) and forgets it here. */
export async function signOut() {
  try { await send('DELETE', '/api/auth/session', undefined, { quiet: true }); } finally { current = null; }
}

let onUnauthorized = async () => false;
/** handler(previousSession) → Promise<boolean>: true when the person signed in again (the request is then retried once). */
export function whenUnauthorized(handler) { onUnauthorized = handler; }

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Headers of a request: the anti-forgery value on every state-changing one. */
function sessionHeaders(method) {
  return !safeMethods.has(method) && current?.antiforgery ? { 'X-CSRF-Token': current.antiforgery } : {};
}

async function send(method, path, body, { quiet = false, retried = false } = {}) {
  const headers = { Accept: 'application/json', ...sessionHeaders(method) };
  // A FormData body (file upload) sets its own multipart Content-Type with the boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined || form ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, { detail: 'Brak połączenia z serwerem. Sprawdź sieć i spróbuj ponownie.' });
  }
  if (response.status === 401 && !quiet && current && !retried) {
    // The session ended (expired, signed out in another tab, password changed): ask the person to sign in again
    // on this page and send the same request once more, so the answer being saved is not lost.
    const previous = current;
    session.clear();
    if (await onUnauthorized(previous)) return send(method, path, body, { quiet, retried: true });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { detail: text }; }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const api = {
  get: path => send('GET', path),
  put: (path, body) => send('PUT', path, body ?? {}),
  post: (path, body) => send('POST', path, body),
  delete: path => send('DELETE', path),
  /** POST of a multipart form (files); a problem answer throws ApiError with the problem's fields. */
  upload: (path, formData) => send('POST', path, formData),
  /** GET that answers null instead of failing on 404 (resources that may not exist yet). */
  async find(path) {
    try { return await send('GET', path); } catch (error) {
      if (error.status === 404 || error.status === 405) return null;
      throw error;
    }
  },
};

/** Downloads a file (the session cookie goes with it) and saves it under the server's name. */
export async function download(path, fallbackName) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { detail: 'Brak połączenia z serwerem. Sprawdź sieć i spróbuj ponownie.' });
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  const blob = await response.blob();
  const name = fileName(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

function fileName(disposition) {
  if (!disposition) return null;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}
