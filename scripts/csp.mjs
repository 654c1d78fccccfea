// Adds the Content-Security-Policy to a built dist/: a <meta> in index.html with the
// sha256 of each inline script (Trunk's module loader, sw.mjs's registration), dist/embed.html (the
// same page, at the embed's own path), and dist/_headers (the Netlify / Cloudflare
// Pages format) with the same policy plus what a meta tag cannot carry
// (frame-ancestors). Run by scripts/build.sh after `trunk build --release`.
// Node ships with the tools already (wasm-opt comes from npm): no other dependency.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const dist = process.argv[2] ?? 'dist';
const indexPath = `${dist}/index.html`;
let html = readFileSync(indexPath, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) {
  console.error('csp: index.html already has a policy (built twice?)');
  process.exit(1);
}

// Inline scripts: the hash covers the exact text between the tags.
const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\bsrc\s*=/.test(m[1])) continue;
  hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
}
if (hashes.length === 0) {
  console.error('csp: no inline script found in index.html: has Trunk changed its output?');
  process.exit(1);
}

// The network API the page fetches live figures from (<meta name="hashwatt-api"> in
// index.html): its origin is the one connect-src allows besides 'self'.
// Trunk minifies the HTML of a release build (Trunk.toml `minify`), which drops the
// quotes around attribute values that need none and may reorder attributes: each
// <meta> is read attribute by attribute, quoted or not.
const attributes = (tag) =>
  Object.fromEntries(
    [...tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)]
      .slice(1)
      .map((a) => [a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']),
  );
const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => ({ tag: m[0], attrs: attributes(m[0]) }));
const api = metas.find((m) => m.attrs.name === 'hashwatt-api');
let apiSource = '';
if (api) {
  let url;
  try {
    url = new URL(api.attrs.content);
  } catch {
    console.error(`csp: hashwatt-api ${JSON.stringify(api.attrs.content)} is not a URL`);
    process.exit(1);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    console.error(`csp: hashwatt-api must be an http(s) URL, not ${url.protocol}`);
    process.exit(1);
  }
  apiSource = ` ${url.origin}`;
}

const policy = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' compiles the WebAssembly; no 'unsafe-eval', no inline script
  // but Trunk's loader and the service worker's registration (sw.mjs), by hash.
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  // No inline styles: the accent colour is set through the CSSOM.
  "style-src 'self'",
  "img-src 'self' data:",
  `connect-src 'self'${apiSource}`,
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
const charset = metas.find((m) => (m.attrs.charset ?? '').toLowerCase() === 'utf-8');
if (!charset) {
  console.error('csp: no <meta charset="utf-8"> to put the policy after');
  process.exit(1);
}
html = html.replace(charset.tag, (m) => `${m}\n    ${meta}`);
writeFileSync(indexPath, html);

// The embed's own path: the same page, which hosts let any site frame (embed.js and the
// snippets load it). Relative asset paths (Trunk's public_url "./") work beside it.
writeFileSync(`${dist}/embed.html`, html);

// Framing, by path (static hosts set headers by path, not by query). No frame-ancestors
// in the policy of every path: embed.html may be framed by any site, and so may `/`,
// which plain-iframe snippets written before embed.html load as `/?embed=1` (the page
// itself refuses to show the full calculator in a frame outside embed mode).
// /index.html, which no snippet loads, refuses frames from other sites outright: a
// second policy, which a browser enforces beside the first (hosts that merge the
// header join the two with a comma, which means the same).
const headers = `/*
  Content-Security-Policy: ${policy}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin

/index.html
  Content-Security-Policy: frame-ancestors 'self'
`;
writeFileSync(`${dist}/_headers`, headers);
console.log(`csp: ${hashes.length} inline script hash(es); policy in index.html, embed.html and _headers`);
