// Calls to the public API, as any frontend makes them: same origin, JSON, the page's language in
// Accept-Language. Nothing is cached or stored by the page; bodies travel only in POST bodies.
import { language } from './i18n.js';

export const API = '/api/v1';

/** A non-2xx answer: its status and its RFC 9457 problem (errors: [{field, message}]). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export async function call(method, path, { body, headers = {} } = {}) {
  const init = {
    method,
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    headers: { Accept: 'application/json', 'Accept-Language': language(), ...headers },
  };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(API + path, init);
  } catch (e) {
    throw new ApiError(0, null);
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch (e) { json = null; }
  }
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

export const get = (path, options) => call('GET', path, options);
export const post = (path, body, options = {}) => call('POST', path, { ...options, body });

/** A fresh Idempotency-Key for one write (a retry of the same write would reuse it). */
export function idempotencyKey() {
  return 'web-' + crypto.randomUUID();
}
