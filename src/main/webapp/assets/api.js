// Talks to the service's own API under /tsunagu/api with the signed-in session.
// Every rule is enforced by the server; this module only carries requests and turns refusals into
// sentences a clerk can act on.

const BASE = new URL('../api/', import.meta.url).pathname;

let csrfToken = null;

/** An answer the server refused, with its Japanese message and, for a form, the complaint per field. */
export class ApiError extends Error {
  constructor(status, message, fieldErrors = {}, lines = []) {
    super(message);
    this.status = status;
    this.fieldErrors = fieldErrors;
    this.lines = lines;
  }
}

const WORDS_BY_STATUS = {
  0: 'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。',
  401: 'サインインの有効期限が切れました。もう一度サインインしてください。',
  403: 'この操作を行う権限がありません。',
  404: '対象が見つかりませんでした。削除されたか、担当外の記録です。',
  409: 'ほかの人が先に変更しました。画面を読み込み直してから、もう一度操作してください。',
  413: 'データが大きすぎます。',
  429: 'しばらく時間をおいてから、もう一度お試しください。',
  500: 'サーバーで問題が起きました。時間をおいてもう一度お試しください。',
  503: 'サーバーが一時的に利用できません。しばらくしてからもう一度お試しください。',
};

/** The field a server complaint is about, and the complaint without the field's technical name. */
function fieldComplaints(problem) {
  const byField = {};
  for (const e of problem.errors || []) {
    if (!e.field) continue;
    const message = String(e.message || '').replace(new RegExp('^' + e.field + '\\s*[：:]\\s*'), '');
    byField[e.field] = byField[e.field] ? byField[e.field] + ' ' + message : message;
  }
  return byField;
}

async function toError(response) {
  let problem = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { problem = await response.json(); } catch (ignored) { problem = null; }
  }
  if (!problem) {
    return new ApiError(response.status, WORDS_BY_STATUS[response.status] || WORDS_BY_STATUS[500]);
  }
  const sentence = [problem.title, problem.detail].filter(Boolean).join('：')
      || WORDS_BY_STATUS[response.status] || WORDS_BY_STATUS[500];
  const lines = (problem.errors || []).filter((e) => e.line)
      .map((e) => ({ line: e.line, field: e.field, message: e.message }));
  return new ApiError(response.status, sentence, fieldComplaints(problem), lines);
}

function signInAgain() {
  const next = encodeURIComponent(location.pathname + location.search + location.hash);
  location.assign(new URL('../index.html', import.meta.url).pathname + '?next=' + next);
}

/**
 * Calls the API. `body` is sent as JSON unless it is a string or a Blob (CSV files), then as `type`.
 * Answers the parsed JSON (or the text for a non-JSON answer, or null for 204); throws ApiError.
 */
export async function api(method, path, body, options = {}) {
  return parsed(await send(method, path, body, options));
}

/**
 * Reads a whole paged list (people, proposals: the API answers a page of them, with the list's
 * size in X-Total-Count), page by page, for screens that filter and count the whole list.
 */
export async function apiAll(path, pageSize = 1000) {
  const all = [];
  for (;;) {
    const separator = path.includes('?') ? '&' : '?';
    const response = await send('GET', `${path}${separator}offset=${all.length}&limit=${pageSize}`);
    const page = await parsed(response);
    all.push(...page);
    const total = Number(response.headers.get('X-Total-Count'));
    if (page.length === 0 || !(all.length < total)) return all;
  }
}

async function send(method, path, body, { type = 'application/json', redirectOn401 = true } = {}) {
  const headers = { 'Accept': 'application/json, text/csv', 'X-Requested-With': 'XMLHttpRequest' };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let payload;
  if (body !== undefined && body !== null) {
    const raw = typeof body === 'string' || body instanceof Blob;
    headers['Content-Type'] = raw ? type : 'application/json';
    payload = raw ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(BASE + path.replace(/^\//, ''), { method, headers, body: payload, credentials: 'same-origin' });
  } catch (network) {
    throw new ApiError(0, WORDS_BY_STATUS[0]);
  }
  if (response.status === 401 && redirectOn401) {
    signInAgain();
    throw new ApiError(401, WORDS_BY_STATUS[401]);
  }
  if (!response.ok) throw await toError(response);
  return response;
}

async function parsed(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** Signs in; answers the session (who, role, scope) or throws ApiError (wrong password, locked). */
export async function signIn(username, password) {
  const session = await api('POST', 'session', { username, password }, { redirectOn401: false });
  csrfToken = session.csrfToken;
  return session;
}

/**
 * The current session, or null when nobody is signed in. Asked of session/status, which answers
 * "nobody" without an error status, so that the sign-in page logs no failed request.
 */
export async function currentSession() {
  const session = await api('GET', 'session/status', undefined, { redirectOn401: false });
  if (!session) return null;
  csrfToken = session.csrfToken;
  return session;
}

export async function signOut() {
  try { await api('DELETE', 'session', undefined, { redirectOn401: false }); } finally { csrfToken = null; }
}

/** Server-sent events of the API (same origin, so the session cookie goes along). */
export function events(path) {
  return new EventSource(BASE + path.replace(/^\//, ''), { withCredentials: true });
}

export function apiUrl(path) {
  return BASE + path.replace(/^\//, '');
}
