#!/usr/bin/env python3
"""Fills a NURA PostgreSQL database with a realistic 90-day history for the analytics benchmarks (issue 14).

What it writes, with the columns the application reads (migrations V1..V10):
  users (agents and supervisors, sign-in password "bench-password-123"), sessions (web and telegram),
  conversation_logs (customer, assistant and agent messages: exactly --messages rows), chat_turns (the live chat),
  message_feedback (up/down with comments), message_insights (one per customer message), session_outcomes
  (handoffs with reason, agent, accept/resolve times, status, category and root cause) and llm_usage_logs.
Languages: Arabic (with the letter variants customers type: hamza seats, ta marbuta, alef maqsura, tatweel,
diacritics, Arabic-Indic digits), Kurmanji (with and without its accented letters), Sorani (on Kurdish and Arabic
keyboards) and English.

Deterministic: the same --seed and --end give the same rows (apart from serial ids). Fast: rows go to CSV files
and into PostgreSQL with psql's \\copy, independent tables in parallel.

The database must already carry NURA's schema: start a NURA server once with NURA_DB_URL pointing at it (Flyway
migrates on start), or use a database an IT or dev server migrated. It refuses a database that already holds
conversations unless --replace is given (which empties the tables it fills).

  python3 deployment/bench/generate_history.py --dsn postgresql://postgres@127.0.0.1:5432/nura_bench \
      [--messages 1000000] [--days 90] [--seed 14] [--end 2026-11-30T18:00:00Z] [--replace]
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import itertools
import json
import math
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import phrases as P  # noqa: E402
from history_model import HANDOFF_REASONS, HOUR_WEIGHTS, pick, ts  # noqa: E402
from session_rows import SessionRows  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TENANT = ROOT / "ejb-module" / "src" / "main" / "resources" / "tenant"
PASSWORD = "bench-password-123"
UTC = dt.timezone.utc
LOCAL_OFFSET_H = 3  # Iraq: customers' day follows UTC+3

COLUMNS = {
    "sessions": "session_id, session_token_hash, customer_id, channel, lang, status, handoff_reason, assigned_agent, "
                "assigned_agent_name, low_confidence_streak, history, metadata, version, created_at, updated_at, "
                "last_message_at, requested_at, accepted_at, resolved_at, identity_verified",
    "conversation_logs": "message_id, session_id, customer_id, channel, role, customer_message, response, lang, "
                         "source, confidence, intent, article_id, citations, escalated, latency_ms, created_at",
    "chat_turns": "session_id, role, sender, sender_name, text, created_at",
    "message_feedback": "session_id, message_id, rating, comment, created_at, updated_at",
    "message_insights": "message_id, session_id, intent, sentiment, sentiment_score, confidence, confidence_bucket, "
                        "knowledge_gap, classifier, created_at",
    "session_outcomes": "session_id, status, handoff_reason, agent_id, agent_name, issue_category, root_cause, "
                        "resolution_notes, resolved_by, resolved_by_name, requested_at, accepted_at, resolved_at, "
                        "time_to_accept_seconds, time_to_resolution_seconds, created_at, updated_at",
    "llm_usage_logs": "session_id, message_id, purpose, model, prompt_tokens, completion_tokens, total_tokens, "
                      "estimated_cost_usd, latency_ms, success, error, created_at",
}
# Load order: sessions first (foreign keys), feedback after the messages it points at.
PHASES = (("sessions",), ("conversation_logs", "chat_turns", "message_insights", "session_outcomes", "llm_usage_logs"),
          ("message_feedback",))

class Text:
    """Customer, bot and agent texts in the session's language, with the spelling variants real customers type."""

    def __init__(self, rng, articles):
        self.rng = rng
        self.articles = {a["id"]: a for a in articles}

    def question(self, intent, lang):
        r = self.rng
        text = r.choice(P.QUESTIONS[intent][lang])
        if r.random() < .3:
            text = r.choice(P.GREETINGS[lang]) + " " + text
        if r.random() < .45:
            text += " " + self.fill(r.choice(P.TAILS[lang]), lang)
        return self.vary(text, lang)

    def to_agent(self, lang):
        return self.vary(self.fill(self.rng.choice(P.CUSTOMER_TO_AGENT[lang]), lang), lang)

    def agent(self, lang, agent_name):
        return self.fill(self.rng.choice(P.AGENT_REPLIES[lang]), lang).replace("{agent}", agent_name.split()[0])

    def answer(self, article_id, lang):
        a = self.articles.get(article_id)
        if a is None:
            return P.FALLBACK[lang]
        key = "ar" if lang == "ckb" else lang
        title, body = a["titles"].get(key, a["titles"]["en"]), a["body"].get(key, a["body"]["en"])
        return title + "\n" + body[:240]

    def title(self, article_id, lang):
        a = self.articles.get(article_id)
        return a["titles"].get("ar" if lang == "ckb" else lang, a["titles"]["en"]) if a else str(article_id)

    def fill(self, template, lang):
        r = self.rng
        number = "07" + "".join(r.choice("5789") for _ in range(1)) + "".join(r.choice("0123456789") for _ in range(8))
        if lang == "ar" and r.random() < .3:  # Arabic-Indic digits, as an Arabic keyboard types them
            number = number.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        return (template.replace("{city}", r.choice(P.CITIES[lang])).replace("{phone}", r.choice(P.PHONES))
                .replace("{number}", number).replace("{days}", str(r.randint(2, 9)))
                .replace("{amount}", str(r.choice((5000, 10000, 15000, 25000))))
                .replace("{ticket}", "TCK-%06d" % r.randint(0, 999999)))

    def vary(self, text, lang):
        r = self.rng
        if r.random() >= .35:
            return text
        if lang == "ar":
            return " ".join(self.arabic_variant(w) for w in text.split(" "))
        if lang == "ku":  # no Kurmanji keyboard: the accents go
            return text.translate(str.maketrans("êîûçşÊÎÛÇŞ", "eiucsEIUCS"))
        if lang == "ckb":  # Sorani typed on an Arabic keyboard
            return text.translate(str.maketrans("کیەڕڵ", "كيهرل"))
        return text.lower() if r.random() < .5 else text.upper()

    def arabic_variant(self, word):
        r = self.rng
        if len(word) < 3 or r.random() < .5:
            return word
        if word.startswith("ال") and len(word) > 3 and word[2] == "ا":
            word = "ال" + r.choice("أإآ") + word[3:]
        elif word[0] == "ا":
            word = r.choice("أإ") + word[1:]
        if word.endswith("ة") and r.random() < .5:
            word = word[:-1] + "ه"
        elif word.endswith("ي") and r.random() < .3:
            word = word[:-1] + "ى"
        if len(word) > 4 and r.random() < .15:
            word = word[:2] + "ـ" + word[2:]
        if r.random() < .1:
            word = word[0] + "َ" + word[1:]
        return word


class Writers:
    """One CSV file per table in a work directory, in psql's COPY csv format (empty unquoted field = NULL)."""

    def __init__(self, directory):
        self.files = {t: open(Path(directory) / (t + ".csv"), "w", newline="", encoding="utf-8") for t in COLUMNS}
        self.out = {t: csv.writer(f, lineterminator="\n") for t, f in self.files.items()}
        self.counts = {t: 0 for t in COLUMNS}

    def row(self, table, *values):
        self.out[table].writerow(values)
        self.counts[table] += 1

    def close(self):
        for f in self.files.values():
            f.close()


class History:
    """Generates sessions in time order until exactly `messages` conversation rows exist."""

    def __init__(self, rng, text, intents, agents, end, days, messages, out):
        self.rng, self.text, self.out, self.agents = rng, text, out, agents
        self.intent_articles = {i["id"]: (i.get("articles") or [None]) for i in intents}
        self.end, self.start, self.days, self.messages = end, end - days * 86400, days, messages
        self.written = 0  # conversation rows so far
        self.day_weights = list(itertools.accumulate(self.day_weight(d) for d in range(days)))

    def run(self):
        shapes = self.shapes()
        starts = sorted(self.start_time() for _ in shapes)
        for shape, start in zip(shapes, starts):
            self.session(shape, start)
        topped = 0
        while self.written < self.messages:  # handoffs nobody accepted yet wrote no live chat: fill up with bot chats
            self.session((self.rng.randint(1, 4), None, 0), self.start_time())
            topped += 1
        return len(shapes) + topped

    def room(self, rows):
        """Whether `rows` more conversation rows stay within the budget."""
        return self.written + rows <= self.messages

    def shapes(self):
        """(bot exchanges, handoff reason or None, agent turns) per session, until the message budget is spent."""
        shapes, rows, r = [], 0, self.rng
        while rows < self.messages:
            exchanges = r.choices(range(1, 9), weights=(30, 25, 17, 11, 7, 5, 3, 2))[0]
            reason = pick(r, HANDOFF_REASONS) if r.random() < .2 else None
            turns = r.randint(1, 5) if reason else 0
            shapes.append((exchanges, reason, turns))
            rows += 2 * exchanges + (2 * turns if reason else 0)
        return shapes

    def start_time(self):
        r = self.rng
        day = r.choices(range(self.days), cum_weights=self.day_weights)[0]
        hour = r.choices(range(24), weights=HOUR_WEIGHTS)[0]
        local_midnight = self.start - (self.start % 86400) + day * 86400 - LOCAL_OFFSET_H * 3600
        t = local_midnight + hour * 3600 + r.random() * 3600
        return min(max(t, self.start), self.end - 600)

    def day_weight(self, day):
        growth = .8 + .4 * day / max(1, self.days - 1)  # the service grew over the quarter
        weekday = dt.datetime.fromtimestamp(self.start + day * 86400, UTC).weekday()
        return growth * (.7 if weekday == 4 else 1.0)  # Friday is quiet

    def session(self, shape, start):
        SessionRows(self, shape, start).write()


def create_users(dsn, rng):
    """Agents (three shifts) and three supervisors; returns [(id, display name, shift, speed)] of the agents."""
    salt = bytes(rng.getrandbits(8) for _ in range(16))
    iterations = 210_000
    digest = hashlib.pbkdf2_hmac("sha256", PASSWORD.encode(), salt, iterations, 32)
    hashed = "PBKDF2WithHmacSHA256:%d:%s:%s" % (iterations, base64.b64encode(salt).decode(),
                                                   base64.b64encode(digest).decode())
    values = []
    for i, name in enumerate(P.AGENT_NAMES):
        values.append("('bench.agent%02d', '%s', 'agent', '%s')" % (i + 1, name, hashed))
    for i in range(3):
        values.append("('bench.supervisor%d', 'Supervisor %d', 'supervisor,agent', '%s')" % (i + 1, i + 1, hashed))
    sql = ("INSERT INTO users (username, display_name, roles, password_hash) VALUES %s RETURNING id, username, "
           "display_name" % ", ".join(values))
    rows = [line.split("|") for line in psql(dsn, sql).splitlines() if line]
    agents = []
    for uid, username, display in rows:
        if username.startswith("bench.agent"):
            n = int(username[-2:])
            shift = 0 if n <= 12 else 1 if n <= 24 else 2  # 08-16, 14-22, 22-08 local
            agents.append((uid, display, shift, math.exp(rng.gauss(0, .35))))
    return agents


def psql(dsn, sql):
    done = subprocess.run(["psql", dsn, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("psql failed: " + done.stderr.strip())
    return done.stdout


def check_database(dsn, replace):
    migrated = psql(dsn, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'flyway_schema_history'")
    if migrated.strip() != "1" or psql(dsn, "SELECT count(*) FROM flyway_schema_history WHERE success AND "
                                            "version = '10'").strip() != "1":
        sys.exit("the database has no NURA schema (V10): start a NURA server on it once so that Flyway migrates it")
    existing = int(psql(dsn, "SELECT count(*) FROM conversation_logs").strip())
    if existing and not replace:
        sys.exit("the database already holds %d conversation rows; --replace empties the tables this fills" % existing)
    if replace:
        psql(dsn, "TRUNCATE sessions, conversation_logs, chat_turns, message_feedback, message_insights, "
                  "session_outcomes, llm_usage_logs, live_events CASCADE; DELETE FROM users WHERE username LIKE 'bench.%'")


def load(dsn, directory):
    for phase in PHASES:
        running = []
        for table in phase:
            copy = "\\copy %s (%s) FROM '%s' WITH (FORMAT csv)" % (table, COLUMNS[table], Path(directory) / (table + ".csv"))
            running.append((table, subprocess.Popen(["psql", dsn, "-v", "ON_ERROR_STOP=1", "-q", "-c", copy],
                                                    stderr=subprocess.PIPE, text=True)))
        for table, process in running:
            if process.wait() != 0:
                sys.exit("loading %s failed: %s" % (table, process.stderr.read().strip()))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dsn", default="postgresql://postgres@127.0.0.1:5432/nura_bench")
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--end", help="end of the history (ISO 8601, UTC); default: now, to the minute")
    parser.add_argument("--replace", action="store_true")
    parser.add_argument("--workdir", default=None, help="where the CSV files go (default: a temporary directory)")
    args = parser.parse_args()
    if args.messages % 2:
        parser.error("--messages must be even (messages come in pairs: question and answer, agent and customer)")
    end = dt.datetime.fromisoformat(args.end.replace("Z", "+00:00")) if args.end \
        else dt.datetime.now(UTC).replace(second=0, microsecond=0)
    started = time.monotonic()
    rng = random.Random(args.seed)
    check_database(args.dsn, args.replace)
    agents = create_users(args.dsn, rng)
    tenant = json.loads((TENANT / "articles.json").read_text(encoding="utf-8"))
    intents = json.loads((TENANT / "intents.json").read_text(encoding="utf-8"))["intents"]
    with tempfile.TemporaryDirectory(dir=args.workdir) as directory:
        out = Writers(directory)
        history = History(rng, Text(rng, tenant), intents, agents, end.timestamp(), args.days, args.messages, out)
        sessions = history.run()
        out.close()
        generated = time.monotonic() - started
        print("generated %d sessions in %.1f s: %s" % (sessions, generated, out.counts), flush=True)
        load(args.dsn, directory)
    psql(args.dsn, "ANALYZE")
    size = psql(args.dsn, "SELECT pg_size_pretty(pg_database_size(current_database())) || ' (' || "
                          "pg_database_size(current_database()) || ' bytes)'").strip()
    print("history %s .. %s (seed %d) loaded in %.1f s in all; database size %s"
          % (ts(history.start), ts(history.end), args.seed, time.monotonic() - started, size))


if __name__ == "__main__":
    main()
