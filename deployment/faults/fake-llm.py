#!/usr/bin/env python3
"""An OpenAI-compatible server on loopback that misbehaves on purpose: MODE=hang never answers a chat completion
(it holds the connection for HANG_SECONDS), MODE=500 answers every call with a server error. /v1/models answers as
MODE says too, so the health check sees the same fault."""
import sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, MODE = int(sys.argv[1]), sys.argv[2]
HANG_SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 120


class Handler(BaseHTTPRequestHandler):
    def answer(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if MODE == "hang":
            time.sleep(HANG_SECONDS)
        body = b'{"error":{"message":"fake outage","type":"server_error"}}'
        self.send_response(500)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = answer

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
