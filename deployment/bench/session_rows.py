"""The rows of one generated session for generate_history.py: the bot exchanges (customer question and answer with
source, confidence, intent, article and citations), feedback, insights, LLM usage, and for a handoff the outcome,
the agent's acceptance, the live chat and the resolution — written in the order and with the values the
application itself writes them (Conversations, Handoffs, InsightJob, LlmUsage)."""
import json
import math
import uuid

import phrases as P
from history_model import DOWN_SHARE, INTENT_WEIGHTS, MODELS, OUTCOME_STATUS, SOURCE_WEIGHTS, pick, ts

LATENCY_MS = {"tree": (5, 30), "rules": (5, 40), "local": (20, 120), "rag": (50, 300), "openai": (800, 4500),
              "fallback": (30, 150), "handoff": (20, 100)}
ESCALATING = {"explicit_request": "agent_request", "negative_sentiment": "complaint", "low_confidence": "unknown"}
SHIFTS = ((8, 16), (14, 22), (22, 8))  # local hours
HISTORY_TURNS = 20


def new_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def on_shift(shift, hour):
    start, stop = SHIFTS[shift]
    return start <= hour < stop if start < stop else hour >= start or hour < stop


class SessionRows:

    def __init__(self, history, shape, start):
        self.h, self.r, self.out = history, history.rng, history.out
        r = self.r
        self.exchanges, self.reason, self.turns = shape
        self.t = self.created = start
        self.sid = new_id(r)
        self.token_hash = "%064x" % r.getrandbits(256)
        self.channel = "telegram" if r.random() < .3 else "web"
        self.lang = r.choices(P.LANGS, weights=P.LANG_WEIGHTS)[0]
        if self.channel == "telegram":
            self.customer = "tg-%09d" % r.randint(0, 25_000)
        else:
            self.customer = None if r.random() < .12 else "cust-%06d" % r.randint(0, 60_000)
        self.verified = self.customer is not None and self.channel == "web" and r.random() < .3
        self.turn_log, self.version, self.last_message = [], 0, start
        self.status, self.agent, self.requested, self.accepted, self.resolved = "bot", None, None, None, None

    def write(self):
        r, intent, last = self.r, pick(self.r, INTENT_WEIGHTS), None
        for i in range(self.exchanges):
            if not self.h.room(2):
                break
            intent = intent if r.random() < .6 else pick(r, INTENT_WEIGHTS)
            last = self.exchange(intent, *self.plan(intent, i))
            self.t += r.uniform(8, 150)
        if self.reason and last is not None:
            self.handoff(last)
        self.session_row()

    def plan(self, intent, i):
        """(source, answered intent, escalates) of exchange i."""
        final = i == self.exchanges - 1
        if final and self.reason in ESCALATING:
            return "handoff", ESCALATING[self.reason], True
        if self.reason == "low_confidence" and i == self.exchanges - 2:
            return "fallback", "unknown", False
        if intent == "out_of_scope":
            return "local", intent, False
        source = pick(self.r, SOURCE_WEIGHTS)
        return source, ("unknown" if source == "fallback" else intent), False

    def exchange(self, intent, source, answered_intent, escalates):
        r, lang = self.r, self.lang
        asked = answered_intent if answered_intent in P.QUESTIONS else intent
        question = self.h.text.question(asked, lang)
        confidence = self.confidence(source, answered_intent)
        articles = self.h.intent_articles.get(answered_intent, [None])
        article = articles[0] if source in ("tree", "rules", "local", "rag", "openai") else None
        response = self.response(source, answered_intent, article)
        citations = self.citations(source, articles) if article is not None else "[]"
        latency = r.randint(*LATENCY_MS[source])
        qid, aid, at = new_id(r), new_id(r), self.t + latency / 1000
        self.log(qid, "customer", self.t, customer_message=question)
        self.log(aid, "assistant", at, customer_message=question, response=response, source=source,
                 confidence=confidence, intent=answered_intent, article=article, citations=citations,
                 escalated=escalates, latency=latency)
        self.remember("customer", question, self.t, qid)
        self.remember("assistant", response, at, aid)
        self.insight(qid, at, answered_intent, confidence, source)
        self.llm_usage(aid, at, source)
        self.t = at
        self.feedback(aid, source, confidence, escalates)
        return aid

    def confidence(self, source, intent):
        r = self.r
        if source == "handoff":
            return {"agent_request": .95, "complaint": round(r.uniform(.6, .9), 4)}.get(intent, round(r.uniform(.1, .4), 4))
        low, high = {"tree": (1, 1), "rules": (.9, 1), "local": (.5, .99), "rag": (.35, .8), "openai": (.55, .95),
                     "fallback": (.02, .35)}[source]
        return round(r.uniform(low, high), 4)

    def response(self, source, intent, article):
        if source == "fallback":
            return P.FALLBACK[self.lang]
        if source == "handoff":
            return P.HANDOFF[self.lang]
        if intent == "out_of_scope":
            return P.OUT_OF_SCOPE[self.lang]
        return self.h.text.answer(article, self.lang)

    def citations(self, source, articles):
        if source not in ("rag", "openai"):
            return "[]"
        cited = [{"type": "article", "id": str(a), "title": self.h.text.title(a, self.lang)} for a in articles[:2]]
        if source == "openai" and self.r.random() < .3:
            cited.append({"type": "document", "id": "handbook-network.md", "title": "handbook-network.md"})
        return json.dumps(cited, ensure_ascii=False)

    def log(self, message_id, role, at, customer_message=None, response=None, source=None, confidence=None,
            intent=None, article=None, citations=None, escalated=False, latency=None):
        self.h.written += 1
        self.version += 1
        self.last_message = max(self.last_message, at)
        self.out.row("conversation_logs", message_id, self.sid, self.customer, self.channel, role, customer_message,
                     response, self.lang, source, confidence, intent, article, citations, "t" if escalated else "f",
                     latency, ts(at))

    def remember(self, role, text, at, message_id):
        self.turn_log.append({"role": role, "text": text, "at": ts(at), "message_id": message_id})

    def insight(self, message_id, at, intent, confidence, answered_by):
        r = self.r
        if intent == "complaint" or self.reason == "negative_sentiment" and answered_by == "handoff":
            sentiment, score = "negative", -r.uniform(.55, .95)
        else:
            sentiment = r.choices(("neutral", "positive", "negative"), weights=(75, 10, 15))[0]
            score = {"neutral": r.uniform(-.15, .15), "positive": r.uniform(.3, .9), "negative": -r.uniform(.3, .8)}[sentiment]
        bucket = "high" if confidence >= .8 else "medium" if confidence >= .5 else "low"
        not_question = intent in ("out_of_scope", "complaint", "agent_request")
        gap = not not_question and (answered_by == "fallback" or self.reason == "low_confidence" and answered_by == "handoff"
                                    or answered_by == "agent" and confidence < .5)
        classifier = "llm" if r.random() < .15 else "local"
        when = at + r.uniform(1, 30)
        self.out.row("message_insights", message_id, self.sid, intent, sentiment, round(score, 4), confidence, bucket,
                     "t" if gap else "f", classifier, ts(when))
        if classifier == "llm":
            self.usage(message_id, when - 1, "insight", r.randint(250, 600), r.randint(25, 60))

    def llm_usage(self, answer_id, at, source):
        r = self.r
        if source == "openai":
            self.usage(answer_id, at, "answer", r.randint(700, 2600), r.randint(60, 320))
        elif source == "rag" and r.random() < .1:  # the LLM failed and the best passage was quoted instead
            self.out.row("llm_usage_logs", self.sid, answer_id, "answer", MODELS[0][0], 0, 0, 0, 0, r.randint(8000, 20000),
                         "f", "timeout", ts(at))

    def usage(self, message_id, at, purpose, prompt, completion):
        model, prompt_price, completion_price = MODELS[0] if self.r.random() < .85 else MODELS[1]
        cost = (prompt * prompt_price + completion * completion_price) / 1e6
        self.out.row("llm_usage_logs", self.sid, message_id, purpose, model, prompt, completion, prompt + completion,
                      "%.6f" % cost, self.r.randint(600, 4000), "t", None, ts(at))

    def feedback(self, answer_id, source, confidence, escalates):
        r = self.r
        forced = self.reason == "bad_feedback" and len(self.turn_log) // 2 == self.exchanges
        if escalates or not forced and r.random() >= .08:
            return
        down = forced or r.random() < DOWN_SHARE[source] * (1.5 - confidence)
        rating = "down" if down else "up"
        comment = r.choice(P.FEEDBACK_COMMENTS[rating]) if r.random() < .3 else None
        self.t += r.uniform(3, 40)
        self.out.row("message_feedback", self.sid, answer_id, rating, comment, ts(self.t), ts(self.t))

    def handoff(self, last_answer):
        r = self.r
        self.requested = self.t + (r.uniform(5, 60) if self.reason == "direct_button" else .5)
        self.status = "pending_handoff"
        hour = int((self.requested / 3600 + 3) % 24)
        candidates = [a for a in self.h.agents if on_shift(a[2], hour)] or self.h.agents
        agent = r.choice(candidates)
        night = 2.5 if SHIFTS[agent[2]][0] == 22 else 1
        wait = min(6 * 3600, math.exp(r.gauss(math.log(75), 1.0)) * agent[3] * night)
        abandoned = self.requested > self.h.end - 3 * 86400 and r.random() < .03
        if self.requested + wait > self.h.end - 60 or abandoned:
            self.outcome("pending", None)
            return
        self.accepted, self.agent, self.status = self.requested + wait, agent, "human_active"
        self.live_chat()
        resolved = self.t + r.uniform(30, 900)
        if resolved > self.h.end or self.accepted > self.h.end - 7200 and r.random() < .1:
            self.outcome("accepted", None)
            return
        self.resolved, self.status = resolved, "resolved"
        self.outcome(pick(r, OUTCOME_STATUS), resolved)

    def live_chat(self):
        r, (agent_id, name, _, speed) = self.r, self.agent
        self.t = self.accepted + r.uniform(5, 40)
        for _ in range(self.turns):
            if not self.h.room(2):
                break
            text, aid = self.h.text.agent(self.lang, name), new_id(r)
            self.log(aid, "agent", self.t, response=text, source="agent")
            self.out.row("chat_turns", self.sid, "agent", agent_id, name, text, ts(self.t))
            self.remember("agent", text, self.t, aid)
            self.t += r.uniform(20, 240) * speed
            said, qid = self.h.text.to_agent(self.lang), new_id(r)
            self.log(qid, "customer", self.t, customer_message=said)
            self.out.row("chat_turns", self.sid, "customer", self.customer, None, said, ts(self.t))
            self.remember("customer", said, self.t, qid)
            self.insight(qid, self.t, "unknown", round(r.uniform(.2, .9), 4), "agent")
            self.t += r.uniform(20, 200)

    def outcome(self, status, resolved):
        r, agent = self.r, self.agent
        accept_seconds = None if self.accepted is None else self.accepted - self.requested
        category = root = notes = None
        if resolved is not None:
            category = r.choice(P.CATEGORIES)
            root = r.choice(P.ROOT_CAUSES[category])
            notes = "%s: %s" % (category, root.replace("_", " "))
        updated = resolved or self.accepted or self.requested
        self.out.row("session_outcomes", self.sid, status, self.reason, agent and agent[0], agent and agent[1], category,
                     root, notes, agent[0] if resolved else None, agent[1] if resolved else None, ts(self.requested),
                     ts(self.accepted), ts(resolved), None if accept_seconds is None else round(accept_seconds, 3),
                     None if resolved is None else round(resolved - self.requested, 3), ts(self.requested), ts(updated))

    def session_row(self):
        updated = max(self.last_message, self.resolved or 0, self.accepted or 0, self.requested or 0)
        history = json.dumps(self.turn_log[-HISTORY_TURNS:], ensure_ascii=False, separators=(",", ":"))
        agent = self.agent
        self.out.row("sessions", self.sid, self.token_hash, self.customer, self.channel, self.lang, self.status,
                     self.reason if self.requested else None, agent and agent[0], agent and agent[1], 0, history, "{}",
                     self.version, ts(self.created), ts(updated), ts(self.last_message), ts(self.requested),
                     ts(self.accepted), ts(self.resolved), "t" if self.verified else "f")
