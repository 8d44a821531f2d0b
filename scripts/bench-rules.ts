/**
 * Recommendations per second for recommend() over a fixed sample of answer
 * sets (every concern set against the covering actives, with fixed other
 * answers), after a warm-up. Prints figures; asserts nothing.
 *
 *   npm run bench:rules
 */
import { parseAnswers, recommend, toPlainText, type Answers } from '../src/rules/index.js';
import { ALL_CONCERN_SETS, COVERING_ACTIVE_SETS, answerSpace } from '../test/support/answer-space.js';

const sample: Answers[] = [...answerSpace(ALL_CONCERN_SETS.filter((_, i) => i % 8 === 0), COVERING_ACTIVE_SETS)];

function rate(name: string, run: (a: Answers) => unknown) {
  for (const a of sample.slice(0, 20_000)) run(a);
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    for (const a of sample) run(a);
    rounds.push(sample.length / ((performance.now() - started) / 1000));
  }
  rounds.sort((x, y) => x - y);
  const median = rounds[2]!;
  console.log(
    `${name.padEnd(28)} ${Math.round(median).toLocaleString('en').padStart(10)} per second (median of 5, ${(1e6 / median).toFixed(1)} µs each)`,
  );
}

console.log(`sample: ${sample.length.toLocaleString('en')} answer sets, node ${process.version}`);
rate('recommend()', recommend);
rate('parseAnswers() + recommend()', (a) => {
  const parsed = parseAnswers(a);
  if (parsed.ok) recommend(parsed.answers);
});
rate('recommend() + toPlainText()', (a) => toPlainText(recommend(a)));
