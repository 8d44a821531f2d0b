import { SECTION as label } from '../messages/result.js';
import type { Recommendation } from './result.js';
import { type SectionId, expectationLine, resultSections, sourceLinesShort } from './sections.js';

export interface PlainTextOptions {
  /** A link that opens this result again; added at the end when given. */
  shareUrl?: string;
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`);
const numbered = (lines: readonly string[]) => lines.map((line, i) => `${i + 1}. ${line}`);

const BODY: Record<SectionId, (r: Recommendation) => string[]> = {
  why: (r) => bullets(r.reasons.map((x) => x.text)),
  expect: (r) => bullets(r.expectations.map(expectationLine)),
  instead: (r) => bullets(r.helpsInstead.map((h) => h.text)),
  routine: ({ routine }) => [
    `${label.morning}:`,
    ...numbered(routine.morning.map((s) => s.text)),
    `${label.evening}:`,
    ...numbered(routine.evening.map((s) => s.text)),
    ...routine.notes,
  ],
  pairings: ({ pairings }) => [
    ...(pairings.pairsWell ? [pairings.pairsWell.text] : []),
    ...pairings.withCare.map((p) => p.text),
    ...(pairings.conflicts.length ? [`${label.conflicts}:`, ...bullets(pairings.conflicts.map((c) => c.text))] : []),
    pairings.oneAtATime,
  ],
  patch: (r) => [r.patchTest!.text],
  buying: (r) => bullets(r.buying.map((b) => b.text)),
  sources: (r) => bullets(sourceLinesShort(r)),
};

/**
 * The result as plain text, for the clipboard: readable in an email or a
 * notes app, with no markup, in the order and framing of the screen
 * (sections.ts; docs/rules.md "Plain language and length").
 */
export function toPlainText(r: Recommendation, options: PlainTextOptions = {}): string {
  const blocks: string[][] = [[label.title, '', r.verdictLabel, r.headline, r.summary]];
  if (r.referralNote) blocks.push([r.referralNote]);
  blocks.push([label.next, ...numbered(r.nextSteps)]);
  if (r.cautions.length) blocks.push([label.cautions, ...bullets(r.cautions)]);
  for (const section of resultSections(r)) blocks.push([section.title, ...BODY[section.id](r)]);
  blocks.push([r.disclaimer]);
  if (options.shareUrl) blocks.push([label.shareLine(options.shareUrl)]);
  return blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
