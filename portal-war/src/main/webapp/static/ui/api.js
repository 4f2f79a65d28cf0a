// The portal's REST API as the pages call it: JSON in and out, the ETag kept for If-Match, and a refused call
// turned into a Problem (RFC 9457) whose field messages the page shows next to what the user typed.
const ROOT = new URL('../../', import.meta.url);

export class Problem extends Error {
  constructor(status, body) {
    super(body.detail || body.title || 'HTTP ' + status);
    this.status = status;
    this.type = body.type || '';
    this.errors = body.errors || [];
  }
  get stale() {
    return this.status === 412 || this.status === 409;
  }
}

/** Calls {@code path} (relative to the portal root, e.g. "api/products"); answers {data, etag, status}. */
export async function call(path, { method = 'GET', json, form, etag } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  if (etag) {
    headers['If-Match'] = etag;
  }
  const response = await fetch(new URL(path, ROOT), { method, headers, body, credentials: 'same-origin' });
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new Problem(response.status, data || { title: response.statusText });
  }
  return { data, etag: response.headers.get('ETag'), status: response.status };
}

export const url = (path) => new URL(path, ROOT).toString();
