#!/usr/bin/env python3
"""Times the analytics endpoints of a running NURA (issue 14): dashboard, each report section, ratings, and the
aggregate refresh of one day. Python 3 standard library only; loopback or any base URL you give.

  python3 deployment/bench/analytics_bench.py --base http://localhost:8080 --token "$API_KEY" [--runs 7] [--refresh]

--refresh first stores the aggregates of every whole day of the last 90 (POST /v1/analytics/refresh, day by day
in one call) and reports how long that took; without it the figures are whatever the timer has stored. Each
request is made once to warm up, then --runs times; the table gives the median and the slowest in milliseconds.
"""
import argparse
import datetime
import statistics
import sys
import time
import urllib.request

SECTIONS = ["knowledge_gaps", "intents", "handoffs", "outcomes", "cost", "agents"]


def call(base, token, method, path):
    request = urllib.request.Request(base + path, method=method, headers={"Authorization": "Bearer " + token})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as reply:
        body = reply.read()
    return (time.perf_counter() - started) * 1000, body


def timed(base, token, path, runs, method="GET"):
    call(base, token, method, path)
    times = [call(base, token, method, path)[0] for _ in range(runs)]
    return statistics.median(times), max(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--token", required=True, help="a supervisor's or admin's bearer (API_KEY works)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--agent", default="bench.agent01", help="an agent's user name for the agent filter")
    parser.add_argument("--category", default="billing", help="an issue category for the category filter")
    args = parser.parse_args()
    yesterday = datetime.datetime.now(datetime.timezone.utc).date() - datetime.timedelta(days=1)
    if args.refresh:
        first = yesterday - datetime.timedelta(days=89)
        millis, body = call(args.base, args.token, "POST", f"/v1/analytics/refresh?from={first}&to={yesterday}")
        print(f"refresh of 90 days: {millis:.0f} ms  {body.decode()}")
    one_day = f"/v1/analytics/refresh?from={yesterday}&to={yesterday}"
    cases = [("dashboard days=30", "/v1/analytics/dashboard?days=30"),
             ("dashboard days=90", "/v1/analytics/dashboard?days=90"),
             ("report (all sections, JSON) days=30", "/v1/analytics/reports?days=30")]
    cases += [(f"section {s} (CSV) days=30", f"/v1/analytics/reports?days=30&format=csv&section={s}")
              for s in SECTIONS]
    cases += [("report channel=telegram", "/v1/analytics/reports?days=30&channel=telegram"),
              ("report lang=ar", "/v1/analytics/reports?days=30&lang=ar"),
              (f"report agent={args.agent}", f"/v1/analytics/reports?days=30&agent={args.agent}"),
              (f"report category={args.category}", f"/v1/analytics/reports?days=30&category={args.category}"),
              ("all sections as zip days=30", "/v1/analytics/reports?days=30&format=csv"),
              ("ratings days=30", "/v1/analytics/ratings?days=30")]
    print(f"| request | median ms | slowest ms |\n|---|---:|---:|")
    for name, path in cases:
        median, slowest = timed(args.base, args.token, path, args.runs)
        print(f"| {name} | {median:.0f} | {slowest:.0f} |")
    median, slowest = timed(args.base, args.token, one_day, max(1, args.runs // 2), "POST")
    print(f"| refresh of one day ({yesterday}) | {median:.0f} | {slowest:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
