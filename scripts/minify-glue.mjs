// Minifies the JavaScript glue wasm-bindgen wrote into a built dist/ (hashwatt-*.js, and
// on-demand.js below),
// which Trunk 0.21's own minifier cannot parse (`export default`), and updates its
// Subresource Integrity hash in index.html to match. The file keeps Trunk's name: the
// hash in it still changes with every change of the glue. Run by scripts/build.sh after
// `trunk build --release`, before scripts/csp.mjs; esbuild comes from npm (package.json).
//
//   node scripts/minify-glue.mjs DIST
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const dist = process.argv[2] ?? 'dist';

/** Minifies the ES module at `file` in place (its exports keep their names); returns the
 * sizes before and after, and the new text. */
function minifyModule(file) {
  const source = readFileSync(file, 'utf8');
  const { code } = transformSync(source, { minify: true, format: 'esm' });
  writeFileSync(file, code);
  return { before: source.length, after: code.length, code };
}
const indexPath = `${dist}/index.html`;
let html = readFileSync(indexPath, 'utf8');

// The glue only: embed.js is the partner's script, copied as it is.
const glue = readdirSync(dist).filter((f) => /^hashwatt-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one hashwatt-*.js in ${dist}, found ${glue.length}`);
  process.exit(1);
}
// An ES module stays one: its exports (init, the bindings) keep their names.
const { before, after, code } = minifyModule(`${dist}/${glue[0]}`);

// Trunk's SRI on the module preload: sha384 of the file as served.
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const tag = new RegExp(`(<link\\b[^>]*\\bhref=["']?\\./${glue[0].replace('.', '\\.')}["']?[^>]*\\bintegrity=["']?)([^"'\\s>]+)`);
if (!tag.test(html)) {
  console.error(`minify-glue: no <link ... integrity> for ${glue[0]} in index.html: has Trunk changed its output?`);
  process.exit(1);
}
html = html.replace(tag, (_, before) => `${before}${integrity}`);
writeFileSync(indexPath, html);
console.log(`minify-glue: ${glue[0]} ${before} -> ${after} bytes; integrity updated`);

// The on-demand module's glue (src/app/on_demand/; Trunk names it after its binary,
// without a hash): minified the same way. The page imports it by name, without an
// integrity hash, so nothing else changes.
const onDemand = minifyModule(`${dist}/on-demand.js`);
console.log(`minify-glue: on-demand.js ${onDemand.before} -> ${onDemand.after} bytes`);
