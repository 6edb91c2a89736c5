/**
 * The conversation as the widget keeps it in localStorage, so a reload goes on where the customer was:
 * the transcript, the session and its token, the handoff status and the last live event seen.
 */

export const VERSION = 1;
export const TTL_MS = 24 * 3600e3; // an idle conversation is forgotten after a day
export const MAX_LOG = 80;

/** A session's status as the server names it (Reply.handoff_status, DirectResult, the "status" live event). */
export const STATUSES = ['bot', 'pending_handoff', 'human_active', 'resolved'];
/** While a session is in one of these, a human is involved: the live stream is open, the button hidden. */
export const WAITING = ['pending_handoff', 'human_active'];

/** The stored state, or a fresh one when there is none, it is corrupt, of another version or too old. */
export function restore(json, now) {
  let s = null;
  try {
    s = JSON.parse(json || 'null');
  } catch {
    // corrupt: start over
  }
  const fresh = !s || typeof s !== 'object' || s.v !== VERSION || !Array.isArray(s.log) || !(now - s.at <= TTL_MS);
  return fresh ? { v: VERSION, log: [] } : s;
}

/** The state as stored; DOM nodes hang off transcript entries at run time and are never persisted. */
export function serialize(s, now) {
  s.at = now;
  return JSON.stringify(s, (k, v) => (k === 'node' ? undefined : v));
}

/** Adds a transcript entry, forgetting the oldest beyond MAX_LOG. */
export function append(s, entry) {
  s.log.push(entry);
  if (s.log.length > MAX_LOG) s.log.splice(0, s.log.length - MAX_LOG);
  return entry;
}

/** Takes back an entry the server did not accept. */
export function withdraw(s, entry) {
  const i = s.log.indexOf(entry);
  if (i >= 0) s.log.splice(i, 1);
}

/** Keeps the session id and token of a reply (POST /v1/message, /v1/handoff/direct); a new session has seen no event. */
export function adoptSession(s, reply) {
  if (reply && reply.session_id) {
    if (reply.session_id !== s.sid) s.le = null;
    s.sid = reply.session_id;
    if (reply.session_token) s.tok = reply.session_token;
  }
}

export function forgetSession(s) {
  s.sid = null;
  s.tok = null;
  s.le = null;
}

/** Sets the handoff status; a value the server does not send is ignored. Returns whether it changed. */
export function setStatus(s, status) {
  if (!STATUSES.includes(status) || status === currentStatus(s)) return false;
  s.hs = status;
  return true;
}

/** The status; before any answer (or from an older stored state) the session is with the bot. */
export const currentStatus = (s) => (STATUSES.includes(s.hs) ? s.hs : 'bot');

export const waiting = (s) => WAITING.includes(currentStatus(s));

/** The banner's text key, or null when the bot has the conversation. */
export function bannerKey(s) {
  const status = currentStatus(s);
  return status === 'bot' ? null : status;
}

/** The live stream is wanted while a human is involved, and possible only with the session's token. */
export const wantsStream = (s) => Boolean(s.sid && s.tok) && waiting(s);
