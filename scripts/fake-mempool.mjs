// A fake mempool API on loopback for scripts/screenshots.sh: the six GETs the page sends
// (src/live/endpoint.rs; tests/fake_mempool_script.rs checks this table against it), each
// answered with its fixture from tests/fixtures/mempool/, so that screenshots show live
// figures without reaching the internet. Anything else is a 404.
//
//   node scripts/fake-mempool.mjs [PORT]    serves until stopped (PORT 0: any free port)
//   import { startFakeMempool } from './fake-mempool.mjs'
import http from 'node:http';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/mempool/', import.meta.url));

/** API path → fixture file. */
export const ENDPOINTS = {
  '/api/v1/mining/hashrate/3d': 'hashrate-3d.json',
  '/api/v1/difficulty-adjustment': 'difficulty-adjustment.json',
  '/api/blocks/tip/height': 'tip-height.txt',
  '/api/blocks': 'blocks.json',
  '/api/v1/mining/reward-stats/144': 'reward-stats-144.json',
  '/api/v1/prices': 'prices.json',
};

/** Starts the server on 127.0.0.1:`port` (0: a free one); resolves to its base URL. */
export function startFakeMempool(port = 0) {
  const server = http.createServer((req, res) => {
    const file = ENDPOINTS[new URL(req.url, 'http://localhost').pathname];
    if (req.method !== 'GET' || !file) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(FIXTURES + file, (err, body) => {
      if (err) {
        res.writeHead(500).end();
        return;
      }
      // The page's fetches are cross-origin plain GETs: CORS allows any origin.
      res.writeHead(200, {
        'access-control-allow-origin': '*',
        'content-type': file.endsWith('.txt') ? 'text/plain' : 'application/json',
      });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startFakeMempool(Number(process.argv[2] ?? 8790));
  console.log(`fake mempool API on ${url}`);
}
