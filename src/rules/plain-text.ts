import { PAIRS_ALSO, PAIRS_WELL_WHY, PAIRS_YOURS, PLAIN_TEXT as label, listNames } from './content.js';
import type { Recommendation } from './result.js';

export interface PlainTextOptions {
  /** A link that opens this result again; added at the end when given. */
  shareUrl?: string;
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`);
const numbered = (lines: readonly string[]) => lines.map((line, i) => `${i + 1}. ${line}`);

/** The routine section's title: docs/rules.md item 5 frames each kind differently. */
export function routineTitle(r: Recommendation): string {
  if (r.routine.kind === 'serum') return r.ifPatient ? label.routineIfTime : label.routine;
  return r.verdict === 'not-now' ? label.basics : label.keep;
}

/** Pairings are "for later" wherever the serum is not for now (docs/rules.md item 6). */
export const pairingsLater = (r: Recommendation) => r.routine.kind !== 'serum' || r.verdict === 'not-the-right-tool';

/** "Niacinamide, which you use; also peptides and centella": the reader's own come first. */
export function pairsWellLine(pairs: Recommendation['pairings']['pairsWell']): string {
  const list = (yours: boolean) => listNames(pairs.filter((p) => p.yours === yours).map((p) => p.text));
  const [yours, others] = [list(true), list(false)];
  const parts = [...(yours ? [PAIRS_YOURS(yours)] : []), ...(others ? [yours ? PAIRS_ALSO(others.toLowerCase()) : others] : [])];
  return parts.join('; ');
}

/**
 * The result as plain text, for the clipboard: readable in an email or a
 * notes app, with no markup, in the order and framing of docs/rules.md
 * ("Plain language and length").
 */
export function toPlainText(r: Recommendation, options: PlainTextOptions = {}): string {
  const { pairings, routine } = r;
  const sections: string[][] = [
    [label.title, '', `${label.verdict}: ${r.verdictLabel}`, r.headline, r.summary],
  ];
  if (r.referralNote) sections.push([r.referralNote]);
  sections.push(
    [label.next, ...numbered(r.nextSteps)],
    [label.why, ...bullets(r.reasons.map((reason) => reason.text))],
    [
      r.verdict === 'not-now' ? label.expectLater : label.expect,
      ...bullets(
        r.expectations.map((e) => {
          const cites = e.sources.length ? ` (${e.sources.join('; ')})` : '';
          return `${e.title}${e.timeframe ? `, ${e.timeframe}` : ''}: ${e.text}${cites}`;
        }),
      ),
    ],
  );
  if (r.helpsInstead.length) sections.push([label.instead, ...bullets(r.helpsInstead.map((h) => h.text))]);
  sections.push([
    routineTitle(r),
    `${label.morning}:`,
    ...numbered(routine.morning.map((s) => s.text)),
    `${label.evening}:`,
    ...numbered(routine.evening.map((s) => s.text)),
    ...routine.notes,
  ]);
  const pairs = pairsWellLine(pairings.pairsWell);
  sections.push([
    pairingsLater(r) ? label.pairingsLater : label.pairings,
    ...(pairs ? [`${label.pairsWell} (${PAIRS_WELL_WHY}): ${pairs}.`] : []),
    ...pairings.withCare.map((p) => p.text),
    ...(pairings.conflicts.length ? [`${label.conflicts}:`, ...bullets(pairings.conflicts.map((c) => c.text))] : []),
    pairings.oneAtATime,
  ]);
  if (r.patchTest) sections.push([r.verdict === 'not-now' ? label.patchTestLater : label.patchTest, r.patchTest.text]);
  if (r.buying.length) sections.push([label.buying, ...bullets(r.buying.map((b) => b.text))]);
  // Sources already cited in full beside an expectation are not listed twice.
  const cited = new Set(r.expectations.flatMap((e) => e.sources));
  const others = r.sources.filter((s) => !cited.has(s.text)).map((s) => s.text);
  if (others.length) sections.push([cited.size ? label.otherSources : label.sources, ...bullets(others)]);
  sections.push([r.disclaimer]);
  if (options.shareUrl) sections.push([`${label.share}: ${options.shareUrl}`]);
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
