/**
 * The customer's live stream, GET /v1/session/{id}/stream: the server sends two named events, each with a numeric
 * id and a JSON payload (HandoffLifecycle.status, Handoffs.reply):
 *   status         {session_id, handoff_status, at, reason?, agent?}
 *   agent_message  {session_id, text, agent, message_id, created_at}
 *   attachment     {session_id, id, name, type, size, url, by, agent_name?} (Attachments; the customer's own file
 *                  is shown when its upload answers, so only the agent's become entries here)
 */

import { fileEntry } from './files.js';

export const CUSTOMER_EVENTS = ['status', 'agent_message', 'attachment'];

/**
 * What one event changes: {status} or {entry} (an agent's message for the transcript); null for an event already
 * seen (a replay after a reconnect may overlap) or one this widget does not know. Records the id as the last seen.
 */
export function liveChange(s, type, id, data) {
  const n = Number(id);
  if (Number.isFinite(n) && n > 0) {
    if (n <= Number(s.le || 0)) return null;
    s.le = String(n);
  }
  let payload;
  try {
    payload = JSON.parse(data);
  } catch {
    return null;
  }
  if (type === 'status' && payload.handoff_status) return { status: payload.handoff_status };
  if (type === 'attachment' && payload.by === 'agent' && payload.url) return { entry: fileEntry(payload) };
  if (type === 'agent_message' && payload.text) return { entry: { k: 'agent', t: payload.text, mid: payload.message_id } };
  return null;
}

/** The stream's URL; after a page reload the browser cannot send Last-Event-ID, so the last id rides as a parameter. */
export function streamUrl(api, s) {
  return api + '/session/' + encodeURIComponent(s.sid) + '/stream?token=' + encodeURIComponent(s.tok)
    + (s.le ? '&last_event_id=' + encodeURIComponent(s.le) : '');
}
