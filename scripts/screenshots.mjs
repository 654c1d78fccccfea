// The page's main states at 360 and 1440 px, light and dark, as PNGs: run by
// scripts/screenshots.sh (which says how). Serves DIST on loopback with its network API
// pointed at the fake mempool (scripts/fake-mempool.mjs), and drives Debian's Chromium
// (or $CHROMIUM) with playwright-core; downloads nothing.
//
//   node scripts/screenshots.mjs DIST OUTDIR
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startFakeMempool } from './fake-mempool.mjs';

const [dist, outDir] = process.argv.slice(2);
if (!dist || !outDir) {
  console.error('usage: node scripts/screenshots.mjs DIST OUTDIR');
  process.exit(2);
}

/** The API base the built page names (index.html's meta and its CSP). */
const SHIPPED_API = 'https://mempool.space';
/** Present once the app has rendered its results, or the notice that replaces them. */
const RENDERED = '[data-testid=profit-per-day], [data-testid=results-paused]';
/** True once the live figures are in use (a fresh visit), or offered beside a link's. */
const LIVE = () => {
  const source = document.querySelector('[data-testid="network-source"]');
  if (source && source.dataset.source === 'live') return true;
  const offer = document.querySelector('[data-testid="update-to-today"]');
  return !!offer && offer.textContent.includes('live figures of');
};

/** Five models on a 5 MW site in euros (after a golden link of tests/golden/follows_snapshot.json). */
const FLEET =
  '/?v=1&miner=antminer-s21&n=400&cur=EUR&fxeur=0.92&kwh=0.045&hw=3000' +
  '&m2=antminer-s19-xp_140_3010_600_1200&m3=whatsminer-m50s_126_3276_300_900' +
  '&m4=_100_3000_250_0&m5=avalon-a1246_90_3420_1000_500&cap=5&pue=1.1';

/**
 * The states: a name (the file's first part), the page to open, and the steps after it.
 * Each shot is of the viewport (the screen a visitor sees; whole pages weigh 600 KB).
 */
const STATES = [
  { name: 'default', path: () => '/' },
  {
    // The Canaan story's own button: the 2021 fleet in Kazakhstan, then and now.
    name: 'canaan',
    path: () => '/',
    steps: async (page) => {
      await page.click('[data-preset=canaan-kz-2021]');
      await page.waitForSelector('[data-testid=then-and-now]');
      await page.locator('[data-testid=then-and-now]').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'fleet',
    path: () => FLEET,
    steps: async (page) => {
      await page.click('[data-testid=schedule-toggle]');
      await page.waitForSelector('[data-testid=schedule]');
      await page.evaluate(() =>
        document.querySelector('[data-testid=schedule-toggle]').scrollIntoView({ block: 'start' }));
    },
  },
  {
    // The sections loaded on demand: two saved scenarios (so the section opens by
    // itself) and the embed builder, opened.
    name: 'saved',
    path: () => '/',
    steps: async (page) => {
      await page.evaluate(() => {
        const at = '2026-12-01T09:00:00.000Z';
        localStorage.setItem('hashwatt.saved', JSON.stringify({
          format: 'hashwatt-saved',
          version: 1,
          scenarios: [
            { name: 'Site A, 5 c', query: 'v=1&n=120&kwh=0.05', saved: at },
            { name: 'Hosted at 7.5 c', query: 'v=1&n=4&kwh=0.075', saved: at },
          ],
        }));
      });
      await page.reload();
      await page.waitForSelector('[data-testid=saved-row]');
      await page.click('[data-testid=embed-builder] > summary');
      await page.waitForSelector('#embed-credit');
      await page.evaluate(() =>
        document.querySelector('[data-testid=saved-section]').scrollIntoView({ block: 'start' }));
    },
  },
  // The embed in the shot's theme, with a partner's accent.
  { name: 'embed', path: (scheme) => `/embed.html?embed=1&theme=${scheme}&accent=%230a7` },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Serves `root` on loopback at `port`; html files name `api` instead of the shipped API. */
function serveDist(root, api, port) {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end();
        return;
      }
      const ext = path.extname(file);
      if (ext === '.html') body = body.toString('utf8').replaceAll(SHIPPED_API, api);
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
      res.end(body);
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

// A fixed port: the page names the API's host and port ("live from 127.0.0.1:8799"), and
// the same text in every run keeps the committed PNGs from changing for nothing.
const api = await startFakeMempool(Number(process.env.FAKE_API_PORT || 8799));
// The site's own port is fixed too: the embed builder's snippets name it.
const site = await serveDist(path.resolve(dist), api.url, Number(process.env.SITE_PORT || 8798));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
fs.mkdirSync(outDir, { recursive: true });
let failed = false;
try {
  for (const state of STATES) {
    for (const width of [360, 1440]) {
      for (const scheme of ['light', 'dark']) {
        const file = path.join(outDir, `${state.name}-${width}-${scheme}.png`);
        const context = await browser.newContext({
          viewport: { width, height: width < 800 ? 780 : 900 },
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        page.on('pageerror', (e) => {
          failed = true;
          console.error(`${file}: page error: ${e.message}`);
        });
        await page.goto(site.url + state.path(scheme));
        await page.waitForSelector(RENDERED);
        await page.waitForFunction(LIVE);
        if (state.steps) await state.steps(page);
        await page.screenshot({ path: file });
        console.log(`${file} (${fs.statSync(file).size} bytes)`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  site.close();
  api.close();
}
process.exit(failed ? 1 : 0);
