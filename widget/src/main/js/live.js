/**
 * The customer's live stream, GET /v1/session/{id}/stream: the server sends named events with a JSON payload
 * (HandoffLifecycle.status, Handoffs.reply, TypingEvents.agent, Attachments):
 *   status         {session_id, handoff_status, at, reason?, agent?, agent_name?}   (with a numeric id)
 *   agent_message  {session_id, text, agent, agent_name, message_id, created_at}    (with a numeric id)
 *   typing         {session_id, from: 'agent', agent, agent_name, at}              (no id: never stored or replayed)
 *   attachment     {session_id, id, name, type, size, url, by, agent_name?}         (with a numeric id; the
 *                  customer's own file is shown when its upload answers, so only the agent's become entries here)
 */

import { fileEntry } from './files.js';

export const CUSTOMER_EVENTS = ['status', 'agent_message', 'typing', 'attachment'];

/**
 * What one event changes: {status, agent?} (agent: the holder's display name), {entry} (an agent's message for the
 * transcript, n: the agent's display name) or {typing: name}; null for an event already seen (a replay after a
 * reconnect may overlap) or one this widget does not know. Records a stored event's id as the last seen.
 */
export function liveChange(s, type, id, data) {
  let p;
  try {
    p = JSON.parse(data);
  } catch {
    return null;
  }
  // typing carries no id of its own (the browser repeats the last one): it must not go through the id check
  if (type === 'typing') return p.from === 'agent' ? { typing: p.agent_name || '' } : null;
  const n = Number(id);
  if (Number.isFinite(n) && n > 0) {
    if (n <= Number(s.le || 0)) return null;
    s.le = String(n);
  }
  if (type === 'status' && p.handoff_status) return p.agent_name ? { status: p.handoff_status, agent: p.agent_name } : { status: p.handoff_status };
  if (type === 'agent_message' && p.text) {
    const entry = { k: 'agent', t: p.text, mid: p.message_id };
    if (p.agent_name) entry.n = p.agent_name;
    return { entry };
  }
  if (type === 'attachment' && p.by === 'agent' && p.url) return { entry: fileEntry(p) };
  return null;
}

/** The stream's URL; after a page reload the browser cannot send Last-Event-ID, so the last id rides as a parameter. */
export function streamUrl(api, s) {
  return api + '/session/' + encodeURIComponent(s.sid) + '/stream?token=' + encodeURIComponent(s.tok)
    + (s.le ? '&last_event_id=' + encodeURIComponent(s.le) : '');
}
