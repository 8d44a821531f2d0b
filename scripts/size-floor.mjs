// What the script-tag file's budget has to hold, as a floor: the libraries
// alone (scripts/floor/libs.ts, built exactly as the file is), then each
// kind of our own bytes added on top, gzip -9. Called by scripts/size.mjs.
//
// Our part is read from the per-module code the build writes
// (scripts/module-stats.ts). Each string of our source is
// sorted by what it is: the stylesheet, html template markup, ids (option,
// field, event and source ids: no spaces), messages for developers (the
// console reports), and the reader's words. What the file holds beyond all
// that is our logic: the statechart, the rules, the share code, resume and
// the element. Figures are estimates (gzip shares across parts, so the order
// parts are added in moves bytes between them; logic comes last, so it is
// its full cost), good for seeing what a budget leaves for logic.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

/** Gzipped bytes at level 9, the budget's measure (also used by scripts/size.mjs). */
export const gzip = (text) => gzipSync(text, { level: 9 }).length;
/** Our modules whose strings are console reports for the blogger, not words for the reader. */
const MESSAGES = /element\/(attributes|resume|storage|define|report)\.ts$|(rules\/answers|persistence\/(share-code|saved-progress))\.ts$/;

function kindOf(id, text) {
  if (/\.styles\.ts$|\.css\?inline$/.test(id)) return 'stylesheet';
  if (/<\/?[a-z]/.test(text)) return 'html templates';
  if (!/\s/.test(text)) return 'ids and keys';
  return MESSAGES.test(id) ? 'messages for developers' : "the reader's words";
}

/** Every string literal and template text of a module's code. */
function stringsOf(code) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Literal' && typeof node.value === 'string') found.push(node.value);
    if (node.type === 'TemplateElement') found.push(node.value.cooked ?? node.value.raw);
    for (const key in node) if (key !== 'type') walk(node[key]);
  };
  walk(parseAst(code));
  return found.filter((s) => s.trim());
}

export function floor(statsFile, floorFile, budget, actual) {
  if (!existsSync(statsFile) || !existsSync(floorFile)) return console.log('\n(no floor build: run npm run size)');
  const libs = readFileSync(floorFile, 'utf8');
  const [chunk] = JSON.parse(readFileSync(statsFile, 'utf8'));
  const ours = chunk.modules.filter((m) => !m.id.includes('node_modules') && m.code.trim());
  const parts = new Map(['stylesheet', 'ids and keys', 'html templates', 'messages for developers', "the reader's words"].map((k) => [k, []]));
  for (const m of ours) for (const s of stringsOf(m.code)) parts.get(kindOf(m.id, s)).push(s);
  const base = gzip(libs);
  console.log(`\nwhat the budget holds, added in this order (gzip -9, estimated; scripts/size-floor.mjs):`);
  console.log(`  the libraries alone, with the APIs we use   ${String(base).padStart(6)} B  (scripts/floor/libs.ts)`);
  let text = libs;
  for (const [name, strings] of parts) {
    const before = gzip(text);
    text += strings.join('\n');
    console.log(`  + ${name.padEnd(41)} ${String(gzip(text) - before).padStart(6)} B  (${strings.length} strings)`);
  }
  const strings = gzip(text);
  console.log(`  = ${strings} B before a line of our logic; the budget of ${budget} B leaves ${budget - strings} B for it`);
  console.log(`  + our logic (the file, ${actual} B, less the above)  ${String(actual - strings).padStart(6)} B`);
}
