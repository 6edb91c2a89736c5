import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createServer } from 'node:http';
import { apiBase, call, errorText, sessionLost } from '../../main/js/http.js';
import { translator } from '../../main/js/i18n.js';

let server;
let base;
const seen = [];

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, type: req.headers['content-type'], body });
      const [status, json] = req.url === '/v1/message' ? [200, { session_id: 's1', response: 'hi' }]
        : req.url === '/v1/busy' ? [429, { error: { code: 'rate_limited', message: 'slow down', request_id: 'abcdef0123456789' } }]
          : [404, { error: { code: 'not_found', message: 'No such resource.', request_id: '0123456789abcdef' } }];
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${server.address().port}/v1`;
});
after(() => server.close());

test('a POST sends JSON and answers the parsed body', async () => {
  const r = await call(base, '/message', { message: 'hello', lang: 'en' });
  assert.deepEqual(r, { session_id: 's1', response: 'hi' });
  const req = seen.at(-1);
  assert.deepEqual([req.method, req.type, JSON.parse(req.body)], ['POST', 'application/json', { message: 'hello', lang: 'en' }]);
});

test('an error answer rejects with its status, code and request id, shown to the customer in short', async () => {
  const t = translator('en');
  const busy = await call(base, '/busy').catch((e) => e);
  assert.deepEqual([busy.status, busy.code, busy.rid], [429, 'rate_limited', 'abcdef0123456789']);
  assert.equal(errorText(busy, t), 'Too many requests. Wait a moment and try again. (abcdef01)');
  const missing = await call(base, '/topics?lang=ar').catch((e) => e);
  assert.equal(errorText(missing, translator('ar')), 'حدث خطأ، حاول مرة أخرى. (01234567)');
  assert.equal(sessionLost(missing), true);
  assert.equal(sessionLost(busy), false);
});

test('an unreachable server is a network error', async () => {
  const down = await call('http://127.0.0.1:1/v1', '/topics').catch((e) => e);
  assert.equal(down.code, 'network');
  assert.equal(errorText(down, translator('en')), 'Cannot reach the server. Please try again.');
});

test('the API base: data-api as the page reads it, else /v1 beside the script', () => {
  assert.equal(apiBase('https://api.example/v1/', 'https://cdn/widget.js', 'https://shop/p', 'https://shop/p'), 'https://api.example/v1');
  assert.equal(apiBase('/v1', 'https://nura/widget.js', 'https://shop/a/b', 'https://shop/a/b'), 'https://shop/v1');
  assert.equal(apiBase('', 'https://nura:8080/widget.js', 'https://shop/', 'https://shop/'), 'https://nura:8080/v1');
});
