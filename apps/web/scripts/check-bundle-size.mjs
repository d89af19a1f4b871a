// Prints the gzip size of the entry chunk (the JS the first screen must load), of what it preloads
// and of its stylesheets, and fails when the entry chunk is above the budget.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 350;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = /<script[^>]*type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1];
if (!entry) {
  console.error('check-bundle-size: no module script in dist/index.html');
  process.exit(1);
}
const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+)"/g)].map(
  (m) => m[1],
);
const kb = (file) => gzipSync(fs.readFileSync(path.join(dist, file))).length / 1024;
const entryKb = kb(entry);
const initialKb = [entry, ...preloads].reduce((sum, file) => sum + kb(file), 0);
console.log(`entry chunk ${entry}: ${entryKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (preloads.length) {
  console.log(`entry + ${preloads.length} preloaded chunks: ${initialKb.toFixed(1)} KB gzip`);
}
// The stylesheets the first screen loads (antd's prebuilt styles among them): downloaded once and
// cached, in place of styles generated at run time.
const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].map(
  (m) => m[1],
);
if (styles.length) {
  const cssKb = styles.reduce((sum, file) => sum + kb(file), 0);
  console.log(
    `${styles.length} stylesheet${styles.length > 1 ? 's' : ''}: ${cssKb.toFixed(1)} KB gzip`,
  );
}
if (entryKb > BUDGET_KB) {
  console.error(`check-bundle-size: the entry chunk exceeds ${BUDGET_KB} KB gzip: lazy-load more`);
  process.exit(1);
}
