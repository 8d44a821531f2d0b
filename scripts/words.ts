/**
 * How long the copied plain text is: the word-count distribution over a
 * fixed sample of the whole answer space (docs/rules.md, "Plain language and
 * length": at most 600 words each, median at most 400). Prints figures;
 * asserts nothing (the unit tests hold the limits).
 *
 *   npm run words
 */
import { recommend, toPlainText, VERDICTS, type Verdict } from '../src/rules/index.js';
import { sampleAnswers, wordCount } from '../test/support/answer-space.js';

const SAMPLE = 20_000;
const rows = sampleAnswers(SAMPLE).map((a) => {
  const r = recommend(a);
  return { a, verdict: r.verdict, words: wordCount(toPlainText(r)) };
});

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
function line(name: string, words: number[]) {
  const s = [...words].sort((x, y) => x - y);
  const cells = [s[0]!, quantile(s, 0.1), quantile(s, 0.5), quantile(s, 0.9), s[s.length - 1]!];
  console.log(`${name.padEnd(20)} ${String(s.length).padStart(7)} ${cells.map((n) => String(n).padStart(7)).join('')}`);
}

console.log(`plain-text words over a fixed sample of ${SAMPLE.toLocaleString('en')} answer sets`);
console.log(`${'verdict'.padEnd(20)} ${'count'.padStart(7)}${['min', 'p10', 'median', 'p90', 'max'].map((h) => h.padStart(7)).join('')}`);
line('all', rows.map((r) => r.words));
for (const verdict of VERDICTS) {
  const words = rows.filter((r) => r.verdict === (verdict as Verdict)).map((r) => r.words);
  if (words.length) line(verdict, words);
}
const over = rows.filter((r) => r.words > 600).length;
console.log(`over 600 words: ${over}`);
const longest = rows.reduce((x, y) => (y.words > x.words ? y : x));
console.log(`longest (${longest.words} words): ${JSON.stringify(longest.a)}`);
