/**
 * Walks all 37,748,736 answer sets of docs/rules.md on every core and checks
 * each result against the invariants (version 2 included: no repeated
 * sentence, at most 600 words, every active placed, ...) and that its share
 * code round-trips. Prints how many were checked, how many broke an invariant
 * (with the first few), and the word count of the copied text over the whole
 * space: median (at most 400, docs/rules.md "Plain language and length") and
 * longest. Exits 1 if any broke or the median is over.
 *
 *   npm run verify:all
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
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

if (isMainThread) {
  const workers = Math.max(1, availableParallelism());
  const total = ALL_CONCERN_SETS.length * ALL_ACTIVE_SETS.length * 6 * 4 * 3;
  console.log(`verify:all: ${total.toLocaleString('en')} answer sets on ${workers} worker(s)`);
  const started = performance.now();
  const progress = new Array<number>(workers).fill(0);
  // Broken and longest so far, per worker: a run stopped early still says what it saw.
  const brokenSoFar = new Array<number>(workers).fill(0);
  const longestSoFar = new Array<number>(workers).fill(0);
  const tallies = await Promise.all(
    Array.from({ length: workers }, (_, index) =>
      new Promise<Tally>((resolve, reject) => {
        const worker = new Worker(new URL('./ts-worker.mjs', import.meta.url), {
          workerData: { index, workers, module: import.meta.url },
        });
        worker.on('message', (message: { progress?: number; broken?: number; longest?: number; example?: string; done?: Tally }) => {
          if (message.done) return resolve(message.done);
          if (message.example) console.log(`  broken: ${message.example}`);
          progress[index] = message.progress!;
          brokenSoFar[index] = message.broken!;
          longestSoFar[index] = message.longest!;
          const done = progress.reduce((sum, n) => sum + n, 0);
          const broken = brokenSoFar.reduce((sum, n) => sum + n, 0);
          process.stderr.write(`\r  ${((done / total) * 100).toFixed(1)}% checked (${done.toLocaleString('en')}), ${broken} broke an invariant so far, longest ${Math.max(...longestSoFar)} words, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        });
        worker.on('error', reject);
      }),
    ),
  );
  process.stderr.write('\n');
  const checked = tallies.reduce((sum, t) => sum + t.checked, 0);
  const broken = tallies.reduce((sum, t) => sum + t.broken, 0);
  const seconds = (performance.now() - started) / 1000;
  console.log(`checked ${checked.toLocaleString('en')} answer sets in ${seconds.toFixed(0)} s`);
  console.log(`broke an invariant: ${broken.toLocaleString('en')}`);
  for (const example of tallies.flatMap((t) => t.examples).slice(0, 10)) console.log(`  ${example}`);
  if (checked !== total) console.log(`expected ${total.toLocaleString('en')} answer sets`);
  const words: number[] = [];
  for (const t of tallies) t.words.forEach((n, i) => (words[i] = (words[i] ?? 0) + (n ?? 0)));
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
  const { index, workers } = workerData as { index: number; workers: number };
  const mine = ALL_CONCERN_SETS.filter((_, i) => i % workers === index);
  const tally: Tally = { checked: 0, broken: 0, examples: [], words: [] };
  for (const a of answerSpace(mine, ALL_ACTIVE_SETS)) {
    const { broken, words } = checkInvariants(a, recommend(a));
    tally.words[words] = (tally.words[words] ?? 0) + 1;
    // The share link of every answer set opens the same answers (src/persistence/share-code.ts).
    const shared = decodeAnswers(encodeAnswers(a));
    if (!shared.ok || JSON.stringify(shared.answers) !== JSON.stringify(a)) broken.push('share code does not round-trip');
    let example: string | undefined;
    if (broken.length) {
      tally.broken++;
      example = `${JSON.stringify(a)}: ${broken.join('; ')}`;
      if (tally.examples.length < 5) tally.examples.push(example);
    }
    if (++tally.checked % 20_000 === 0 || (example && tally.broken <= 3)) {
      parentPort!.postMessage({ progress: tally.checked, broken: tally.broken, longest: tally.words.length - 1, ...(example && tally.broken <= 3 && { example }) });
    }
  }
  parentPort!.postMessage({ done: tally });
}
