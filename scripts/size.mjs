// Prints the size of each built file (raw, gzip -9, brotli -11) and where the
// script-tag file's bytes go, by package and by our own modules, then the
// floor under the goal. The budget itself is .size-limit.js's, which
// size-limit checks in `npm run build`.
//
//   npm run size                     builds, then figures
//
// The breakdown comes from the per-module code the build writes
// (scripts/module-stats.ts): each module minified and gzipped
// on its own, then scaled so the parts add up to the file's real gzip size.
// It is an estimate (gzip shares strings across modules), good for seeing
// where bytes go and what a change moved.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { minifySync } from 'rolldown/utils';
import { brotliCompressSync, constants } from 'node:zlib';
import checks from '../.size-limit.js';
import { floor, gzip } from './size-floor.mjs';

/** Gzipped bytes (level 9) of dist/exosome-quiz.iife.js: the ratchet in .size-limit.js. */
const BUDGET = Number.parseInt(checks.find((c) => c.path.endsWith('.iife.js')).limit, 10);
/** Issue 9's goal for the same file, 35 KB: the floor below shows what it leaves for our logic. */
const GOAL = 35 * 1024;

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text, width) => String(text).padStart(width);

console.log('file                         raw       gzip -9     brotli -11');
let iife = 0;
for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
  const raw = readFileSync(`dist/${file}`);
  const gz = gzip(raw);
  if (file.endsWith('.iife.js')) iife = gz;
  console.log(`${file.padEnd(26)} ${pad(raw.length, 7)} B ${pad(gz, 7)} B ${pad(brotli(raw), 7)} B   (${kb(gz)} gzip)`);
}
console.log(`budget for exosome-quiz.iife.js: ${BUDGET} B (${kb(BUDGET)}) gzip -9; ${iife <= BUDGET ? `${BUDGET - iife} B to spare` : 'OVER'}`);

breakdown('node_modules/.cache/exosome-quiz/modules-iife.json', iife);
floor('node_modules/.cache/exosome-quiz/modules-iife.json', 'node_modules/.cache/exosome-quiz/floor/libs.js', GOAL, iife);

/** Which part of the file a module is: a package, or one of our own concerns. */
function groupOf(id) {
  const path = id.replaceAll('\\', '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) {
    if (pkg === 'lit' || pkg.startsWith('lit-') || pkg.startsWith('@lit/')) return ['package', 'lit'];
    return ['package', ['xstate', 'zod'].includes(pkg) ? pkg : 'other'];
  }
  const own = /\/src\/(.*)$/.exec(path)?.[1] ?? path;
  if (own === 'rules/content.ts') return ['ours', 'content (rules/content.ts)'];
  if (/\.styles\.ts$|\.css\?inline$/.test(own)) return ['ours', 'styles (element/*.css)'];
  if (own.startsWith('rules/')) return ['ours', 'rules (rules/*, not content)'];
  if (own.startsWith('quiz/')) return ['ours', 'quiz machine (quiz/*)'];
  if (own.startsWith('element/')) return ['ours', 'element (element/*, not styles)'];
  return ['ours', 'entries and other'];
}

function breakdown(statsFile, total) {
  if (!existsSync(statsFile)) return console.log(`(no ${statsFile}: run npm run size for the breakdown)`);
  const [chunk] = JSON.parse(readFileSync(statsFile, 'utf8'));
  const modules = chunk.modules
    .filter((m) => m.code.trim())
    .map((m) => {
      const { code } = minifySync(m.id, m.code, { compress: true, mangle: { toplevel: false } });
      return { id: m.id, group: groupOf(m.id), alone: gzip(Buffer.from(code)) };
    });
  const sum = modules.reduce((s, m) => s + m.alone, 0);
  const groups = new Map();
  for (const m of modules) {
    const key = m.group.join(':');
    const g = groups.get(key) ?? { kind: m.group[0], name: m.group[1], alone: 0, files: [] };
    g.alone += m.alone;
    g.files.push(m);
    groups.set(key, g);
  }
  const share = (alone) => Math.round((alone / sum) * total);
  console.log(`\nexosome-quiz.iife.js by part, estimated (each module minified and gzipped alone, scaled to ${total} B):`);
  for (const kind of ['package', 'ours']) {
    console.log(kind === 'package' ? '  packages' : '  our own code');
    const list = [...groups.values()].filter((g) => g.kind === kind).sort((a, b) => b.alone - a.alone);
    for (const g of list) {
      console.log(`    ${g.name.padEnd(34)} ${pad(share(g.alone), 6)} B  ${pad(((g.alone / sum) * 100).toFixed(1), 5)} %`);
    }
  }
  const ours = [...groups.values()].filter((g) => g.kind === 'ours').reduce((s, g) => s + g.alone, 0);
  console.log(`  libraries ${share(sum - ours)} B, our own code ${share(ours)} B`);
}
