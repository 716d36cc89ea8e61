// The JSON API of docs/api.md, with the bearer token kept for this browser tab only.
const TOKEN_KEY = 'samoocena.session';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Błąd ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** Messages of a validation problem, flattened: [{field, message}]. */
  get fieldErrors() {
    const errors = this.problem.errors ?? {};
    return Object.entries(errors).flatMap(([field, messages]) =>
      (Array.isArray(messages) ? messages : [messages]).map(message => ({ field, message: String(message) })));
  }
}

export const session = {
  get() {
    try { return JSON.parse(sessionStorage.getItem(TOKEN_KEY) ?? 'null'); } catch { return null; }
  },
  set(value) { sessionStorage.setItem(TOKEN_KEY, JSON.stringify(value)); },
  clear() { sessionStorage.removeItem(TOKEN_KEY); },
};

let onUnauthorized = () => {};
export function whenUnauthorized(handler) { onUnauthorized = handler; }

async function send(method, path, body) {
  const headers = { Accept: 'application/json' };
  const current = session.get();
  if (current?.accessToken) headers.Authorization = `Bearer ${current.accessToken}`;
  // A FormData body (file upload) sets its own multipart Content-Type with the boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined || form ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, { detail: 'Brak połączenia z serwerem. Sprawdź sieć i spróbuj ponownie.' });
  }
  if (response.status === 401 && current && !path.endsWith('/auth/token')) {
    session.clear();
    onUnauthorized();
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

/** Downloads a file with the bearer token (a plain link cannot send it) and saves it under the server's name. */
export async function download(path, fallbackName) {
  const current = session.get();
  const response = await fetch(path, { headers: current ? { Authorization: `Bearer ${current.accessToken}` } : {} });
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
