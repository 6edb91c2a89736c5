#!/usr/bin/env python3
"""Times the console pages of a running NURA (issue 15): the dashboard, the report's tabs, session search pages,
sessions' histories and chats, the queue, canned replies, the knowledge screens and (with --admin-password) the
admin's screens, as a signed-in supervisor's browser fetches them (the whole HTML page, so
the figure is the server's time to read the figures and render the page, on loopback). Python 3 standard library.

  python3 deployment/bench/console_pages_bench.py --base http://localhost:8080 \\
      --user bench.supervisor1 --password bench-password-123 [--runs 7] [--agent <user id>]

It signs in through the console's sign-in form (GET the page, POST it back with its Faces view state; the session
cookie is kept), checks that each page is the page asked for (not the sign-in page, not an error), requests it once
to warm up and then --runs times, and prints the median, p90 and slowest in milliseconds. The session history page
is timed for sessions that the searches found.
"""
import argparse
import html
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

# the agents' and knowledge screens (a supervisor is also an agent) and the admin's: any console page, signed in
SIGNED_IN = 'id="account:user-name"'
OTHER_SCREENS = [("live queue", "/admin/handoff/queue.xhtml"), ("canned replies", "/admin/handoff/canned.xhtml"),
                 ("knowledge articles", "/admin/knowledge/articles.xhtml"),
                 ("knowledge topics", "/admin/knowledge/topics.xhtml"),
                 ("knowledge intents", "/admin/knowledge/intents.xhtml"),
                 ("knowledge gaps", "/admin/knowledge/gaps.xhtml"),
                 ("knowledge documents", "/admin/knowledge/documents.xhtml"),
                 ("knowledge evaluation", "/admin/knowledge/evaluation.xhtml")]
ADMIN_SCREENS = [("users", "/admin/security/users.xhtml"), ("security and audit logs", "/admin/security/logs.xhtml"),
                 ("system", "/admin/platform/system.xhtml"), ("background jobs", "/admin/jobs/jobs.xhtml")]
SECTIONS = ["knowledge_gaps", "intents", "handoffs", "outcomes", "cost", "agents"]
# words of the generated history in each language (deployment/bench/phrases.py), a rare one and a phone-like number
WORDS = ["انترنت", "الفاتورة", "internetê", "package", "router", "ئینتەرنێت", "0750"]


class Console:
    """A browser's cookie jar signed in to the console."""

    def __init__(self, base):
        self.base = base.rstrip("/")
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        started = time.perf_counter()
        with self.opener.open(self.base + path, timeout=120) as reply:
            body = reply.read().decode("utf-8")
            url = reply.geturl()
        return (time.perf_counter() - started) * 1000, body, url

    def sign_in(self, user, password):
        _, page, _ = self.get("/admin/login.xhtml")
        state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page)
        if not state:
            sys.exit("no view state on the sign-in page")
        # PrimeFaces' CSP mode refuses a postback without the page's nonce (its script adds it to every submit)
        nonce = re.search(r'nonce="([^"]+)"', page)
        form = urllib.parse.urlencode({"login": "login", "login:username": user, "login:password": password,
                                       "login:signin": "", "jakarta.faces.ViewState": html.unescape(state.group(1)),
                                       "primefaces.nonce": nonce.group(1) if nonce else ""})
        with self.opener.open(self.base + "/admin/login.xhtml", data=form.encode(), timeout=60) as reply:
            body = reply.read().decode("utf-8")
        if 'id="account:user-name"' not in body:
            sys.exit("sign-in refused for " + user)


def timed(console, path, runs, expect):
    _, body, url = console.get(path)
    if "login.xhtml" in url or expect not in body or "ui-messages-error" in body:
        sys.exit(f"{path}: not the page asked for (at {url}; an error message or the sign-in page)")
    times = sorted(console.get(path)[0] for _ in range(runs))
    p90 = times[min(len(times) - 1, round(0.9 * (len(times) - 1)))]
    return statistics.median(times), p90, times[-1], body


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--user", default="bench.supervisor1")
    parser.add_argument("--password", default="bench-password-123")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--agent", help="an agent's user id for the sessions agent filter")
    parser.add_argument("--admin-password", help="also time the admin's screens, signed in as 'admin'")
    args = parser.parse_args()
    console = Console(args.base)
    console.sign_in(args.user, args.password)
    cases = [(f"dashboard days={d}", f"/admin/analytics/dashboard.xhtml?days={d}", "data-kpi") for d in (7, 30, 90)]
    cases += [(f"reports tab {s} days=30", f"/admin/analytics/reports.xhtml?section={s}&days=30", f"table-{s}")
              for s in SECTIONS]
    cases += [("reports tab intents lang=ar", "/admin/analytics/reports.xhtml?section=intents&lang=ar", "table-")]
    # agent and category filters read raw rows (the aggregates carry neither): the slowest report pages
    cases += [(f"reports tab {s} {f}", f"/admin/analytics/reports.xhtml?section={s}&days=30&{f}", f"table-{s}")
              for s in ("knowledge_gaps", "intents", "outcomes")
              for f in ("channel=telegram", "agent=bench.agent01", "category=sim")]
    cases += [("sessions (no query)", "/admin/conversation/sessions.xhtml", "session-results")]
    cases += [(f"sessions q={w}", "/admin/conversation/sessions.xhtml?q=" + urllib.parse.quote(w), "session-results")
              for w in WORDS]
    cases += [("sessions q=package page=10", "/admin/conversation/sessions.xhtml?q=package&page=10",
               "session-results"), ("sessions status=resolved channel=telegram",
               "/admin/conversation/sessions.xhtml?status=resolved&channel=telegram", "session-results")]
    if args.agent:
        cases.append((f"sessions agent={args.agent}", f"/admin/conversation/sessions.xhtml?agent={args.agent}",
                      "session-results"))
    sessions = []
    print(f"{'page':48} {'median':>8} {'p90':>8} {'max':>8}  (ms, {args.runs} runs after one warm-up)")
    for name, path, expect in cases:
        median, p90, slowest, body = timed(console, path, args.runs, expect)
        print(f"{name:48} {median:8.1f} {p90:8.1f} {slowest:8.1f}")
        sessions += re.findall(r'session\.xhtml\?id=([0-9a-fA-F-]{8,})', body)[:1]
    for sid in list(dict.fromkeys(sessions))[:5]:
        median, p90, slowest, _ = timed(console, f"/admin/conversation/session.xhtml?id={sid}", args.runs,
                                        "history-item")
        print(f"{'session ' + sid[:13] + '…':48} {median:8.1f} {p90:8.1f} {slowest:8.1f}")
        median, p90, slowest, _ = timed(console, f"/admin/handoff/chat.xhtml?session={sid}", args.runs, SIGNED_IN)
        print(f"{'chat ' + sid[:13] + '…':48} {median:8.1f} {p90:8.1f} {slowest:8.1f}")
    for name, path in OTHER_SCREENS:
        print(f"{name:48} " + "{:8.1f} {:8.1f} {:8.1f}".format(*timed(console, path, args.runs, SIGNED_IN)[:3]))
    if args.admin_password:
        admin = Console(args.base)
        admin.sign_in("admin", args.admin_password)
        for name, path in ADMIN_SCREENS:
            print(f"{name:48} " + "{:8.1f} {:8.1f} {:8.1f}".format(*timed(admin, path, args.runs, SIGNED_IN)[:3]))


if __name__ == "__main__":
    main()
