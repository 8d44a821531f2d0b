/**
 * Walks all 37,748,736 answer sets of docs/rules.md on every core and checks
 * each result against the invariants (version 2 included: no repeated
 * sentence, at most 600 words, every active placed, ...) and that its share
 * code round-trips. Prints how many were checked, how many broke an invariant
 * (with the first few), and the word count of the copied text over the whole
 * space: median (at most 400, docs/rules.md "Plain language and length") and
 * longest. Exits 1 if any broke or the median is over.
 *
 * The space is cut into 1,024 parts, one per concern set (36,864 answer sets
 * each). Each finished part is saved under reports/verify-all/<code>/, where
 * <code> is a hash of the files the run checks (the rules, messages, persistence and
 * quiz folders of src/, and test/support/): a run
 * that is stopped picks up where it left off, for the same code only.
 *
 *   npm run verify:all              # resumes, if parts were already checked
 *   npm run verify:all -- --fresh   # checks every part again
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { recommend } from '../src/rules/index.js';
import { decodeAnswers, encodeAnswers } from '../src/persistence/share-code.js';
import { ALL_ACTIVE_SETS, ALL_CONCERN_SETS, answerSpace } from '../test/support/answer-space.js';
import { checkInvariants } from '../test/support/invariants.js';

interface Tally {
  checked: number;
  broken: number;
  examples: string[];
  /** How many results have each word count (index: words). */
  words: number[];
}

const MEDIAN_LIMIT = 400;
const PARTS = ALL_CONCERN_SETS.length;
const PER_PART = ALL_ACTIVE_SETS.length * 6 * 4 * 3;

/** The folders whose files decide a run's result: what it imports, and the checker. */
const CHECKED = ['src/rules', 'src/messages', 'src/persistence', 'src/quiz', 'test/support'];

/** A hash of every file the result of a run depends on. */
function codeHash(): string {
  const hash = createHash('sha256');
  for (const dir of CHECKED) {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath, f.name))
      .sort();
    for (const file of files) hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** Checks one part: every answer set whose concerns are ALL_CONCERN_SETS[part]. */
function checkPart(part: number): Tally {
  const tally: Tally = { checked: 0, broken: 0, examples: [], words: [] };
  for (const a of answerSpace([ALL_CONCERN_SETS[part]!], ALL_ACTIVE_SETS)) {
    const { broken, words } = checkInvariants(a, recommend(a));
    tally.words[words] = (tally.words[words] ?? 0) + 1;
    // The share link of every answer set opens the same answers (src/persistence/share-code.ts).
    const shared = decodeAnswers(encodeAnswers(a));
    if (!shared.ok || JSON.stringify(shared.answers) !== JSON.stringify(a)) broken.push('share code does not round-trip');
    if (broken.length) {
      tally.broken++;
      if (tally.examples.length < 5) tally.examples.push(`${JSON.stringify(a)}: ${broken.join('; ')}`);
    }
    tally.checked++;
  }
  for (let i = 0; i < tally.words.length; i++) tally.words[i] ??= 0;
  return tally;
}

if (isMainThread) {
  const code = codeHash();
  const dir = join('reports', 'verify-all', code);
  if (process.argv.includes('--fresh')) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const saved = new Map<number, Tally>();
  for (const name of readdirSync(dir)) {
    const part = Number(name.replace('.json', ''));
    saved.set(part, JSON.parse(readFileSync(join(dir, name), 'utf8')) as Tally);
  }
  const todo = Array.from({ length: PARTS }, (_, part) => part).filter((part) => !saved.has(part));
  const workers = Math.max(1, Math.min(availableParallelism(), todo.length));
  console.log(`verify:all: ${(PARTS * PER_PART).toLocaleString('en')} answer sets in ${PARTS} parts, code ${code} (${dir})`);
  if (saved.size) console.log(`  ${saved.size} parts already checked for this code; ${todo.length} to go`);
  const started = performance.now();
  let next = 0;
  let doneNow = 0;
  const progress = () => {
    const parts = [...saved.values()];
    const broken = parts.reduce((sum, t) => sum + t.broken, 0);
    const longest = Math.max(0, ...parts.map((t) => t.words.length - 1));
    const seconds = (performance.now() - started) / 1000;
    const left = doneNow ? ((todo.length - doneNow) * seconds) / doneNow : 0;
    process.stderr.write(`\r  ${saved.size}/${PARTS} parts, ${broken} broke an invariant so far, longest ${longest} words, ${seconds.toFixed(0)} s${doneNow ? `, about ${(left / 60).toFixed(0)} min to go` : ''}   `);
  };
  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL('./ts-worker.mjs', import.meta.url), { workerData: { module: import.meta.url } });
        const give = () => {
          if (next < todo.length) worker.postMessage(todo[next++]);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', (message: { ready?: true; part?: number; tally?: Tally }) => {
          if (message.tally) {
            writeFileSync(join(dir, `${message.part}.json`), JSON.stringify(message.tally));
            saved.set(message.part!, message.tally);
            doneNow++;
            for (const example of message.tally.examples.slice(0, 1)) process.stderr.write(`\n  broken: ${example}\n`);
            progress();
          }
          give();
        });
        worker.on('error', reject);
      }),
    ),
  );
  process.stderr.write('\n');
  const tallies = [...saved.values()];
  const checked = tallies.reduce((sum, t) => sum + t.checked, 0);
  const broken = tallies.reduce((sum, t) => sum + t.broken, 0);
  console.log(`checked ${checked.toLocaleString('en')} answer sets (${doneNow} parts in this run, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  console.log(`broke an invariant: ${broken.toLocaleString('en')}`);
  for (const example of tallies.flatMap((t) => t.examples).slice(0, 10)) console.log(`  ${example}`);
  const total = PARTS * PER_PART;
  if (checked !== total) console.log(`expected ${total.toLocaleString('en')} answer sets`);
  const words: number[] = [];
  for (const t of tallies) t.words.forEach((n, i) => (words[i] = (words[i] ?? 0) + n));
  let seen = 0;
  let median = 0;
  for (let i = 0; i < words.length; i++) {
    seen += words[i] ?? 0;
    if (seen >= checked / 2) {
      median = i;
      break;
    }
  }
  console.log(`plain-text words: median ${median} (limit ${MEDIAN_LIMIT}), longest ${words.length - 1} (limit 600)`);
  process.exitCode = broken === 0 && checked === total && median <= MEDIAN_LIMIT ? 0 : 1;
} else {
  parentPort!.on('message', (part: number) => parentPort!.postMessage({ part, tally: checkPart(part) }));
  parentPort!.postMessage({ ready: true });
}
