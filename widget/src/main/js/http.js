/** Calls to the NURA API: JSON in, JSON out, every error as {error: {code, message, request_id}} (API.md). */

const TIMEOUT_MS = 30000;

/** The API base: data-api as written in the host page, else /v1 beside the script (the server that serves it). */
export function apiBase(dataApi, scriptSrc, pageHref, baseUri) {
  return new URL(dataApi || new URL('/v1', scriptSrc || pageHref).href, baseUri).href.replace(/\/+$/, '');
}

/** A GET (no body) or POST (JSON, or FormData as multipart) to base + path; rejects with {status, code, rid} or {code: 'network'}. */
export async function call(base, path, body, fetchFn = fetch) {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), TIMEOUT_MS);
  let res;
  let data = null;
  try {
    // a FormData body (a file, files.js) goes as it is: the browser writes its multipart Content-Type
    res = await fetchFn(base + path, body instanceof FormData ? { method: 'POST', body, signal: ctl.signal } : body ? {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: ctl.signal
    } : { signal: ctl.signal });
    data = await res.json().catch(() => null);
  } catch {
    throw Object.assign(new Error('network'), { code: 'network' });
  } finally {
    clearTimeout(timer);
  }
  if (!res.ok) {
    const er = (data && data.error) || {};
    throw Object.assign(new Error(er.message || String(res.status)), { status: res.status, code: er.code, rid: er.request_id });
  }
  return data || {};
}

/** The error line: what went wrong in the customer's words, and the start of the request id for support. */
export function errorText(e, t) {
  const key = e.code === 'network' ? 'eNet' : e.status === 429 ? 'eBusy' : 'eGen';
  return t(key) + (e.rid ? ' (' + String(e.rid).slice(0, 8) + ')' : '');
}

/** A forgotten or expired session answers 401 (404 when it is gone meanwhile): the message is worth one retry with a new session. */
export const sessionLost = (e) => [401, 404].includes(e.status);
