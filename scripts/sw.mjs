// Makes the built site work offline after one visit (docs/architecture.md, "Offline"):
// writes dist/sw.js from static/sw.js, with this build's VERSION (a hash of every built
// file, so any change makes a new release with a cache of its own) and PRECACHE (the
// files of the first visit: the page and its hashed files, the snippets, the icon; and
// the on-demand module, so that the collapsed input sections, saved scenarios and the
// builder open offline too, never opened online), and adds to index.html
// the inline script that registers it. Run by scripts/build.sh after minify-glue.mjs and
// before csp.mjs, which hashes that script into the policy.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const template = new URL('../static/sw.js', import.meta.url);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(dist, path).split('\\').join('/'));
  }
};
walk(dist);

// Everything that ships, except what this script and csp.mjs write, and the worker's
// own code: a change to either is a new release.
const shipped = files.filter((f) => f !== 'sw.js' && f !== '_headers');
const workerText = readFileSync(template, 'utf8');
const hash = createHash('sha256').update(workerText);
for (const f of shipped) hash.update(f).update('\0').update(readFileSync(join(dist, f)));
const version = hash.digest('hex').slice(0, 16);

const firstVisit = /^(hashwatt-[0-9a-f]{16}(_bg)?\.(js|wasm)|style-[0-9a-f]{16}\.css|favicon\.svg|snippets\/.+\.js|on-demand(_bg)?\.(js|wasm))$/;
const precache = ['./', ...shipped.filter((f) => firstVisit.test(f)).map((f) => `./${f}`)];
if (!precache.some((f) => f.endsWith('.wasm')) || !precache.some((f) => f.endsWith('.css'))) {
  console.error(`sw: no page .wasm or stylesheet among ${shipped.join(', ')}: has Trunk changed its names?`);
  process.exit(1);
}

const sw = workerText
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(precache));
writeFileSync(join(dist, 'sw.js'), sw);

// The registration: once the app has started (Trunk's loader dispatches
// TrunkApplicationStarted after the first render), so it never delays the first results;
// only in a top-level window: a partner's frame (embed.html, ?embed=1) registers nothing.
const indexPath = join(dist, 'index.html');
const html = readFileSync(indexPath, 'utf8');
if (html.includes('serviceWorker')) {
  console.error('sw: index.html already registers a service worker (built twice?)');
  process.exit(1);
}
const register =
  '<script>if(self===top&&"serviceWorker"in navigator)addEventListener("TrunkApplicationStarted",()=>navigator.serviceWorker.register("sw.js").catch(()=>{}))</script>';
if (!html.includes('</head>')) {
  console.error('sw: index.html has no </head> to put the registration before');
  process.exit(1);
}
writeFileSync(indexPath, html.replace('</head>', `${register}</head>`));
console.log(`sw: sw.js ${version}, ${precache.length} files kept at install`);
