import { PLAIN_TEXT as label } from './content.js';
import type { Recommendation } from './result.js';

export interface PlainTextOptions {
  /** A link that opens this result again; added at the end when given. */
  shareUrl?: string;
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`);
const numbered = (lines: readonly string[]) => lines.map((line, i) => `${i + 1}. ${line}`);

/**
 * The result as plain text, for the clipboard: readable in an email or a
 * notes app, with no markup.
 */
export function toPlainText(r: Recommendation, options: PlainTextOptions = {}): string {
  const { pairings, routine } = r;
  const sections: string[][] = [
    [label.title, '', `${label.verdict}: ${r.verdictLabel}`, r.headline, '', r.summary],
    [label.why, ...bullets(r.reasons.map((reason) => reason.text))],
    [
      label.expect,
      ...bullets(
        r.expectations.map((e) => `${e.title}${e.timeframe ? ` (${e.timeframe})` : ''}: ${e.text}`),
      ),
    ],
    [
      routine.kind === 'serum' ? label.routine : label.basics,
      `${label.morning}:`,
      ...numbered(routine.morning.map((s) => s.text)),
      `${label.evening}:`,
      ...numbered(routine.evening.map((s) => s.text)),
      ...routine.notes,
    ],
    [
      routine.kind === 'serum' ? label.pairings : label.pairingsLater,
      `${label.pairsWell}:`,
      ...bullets(pairings.pairsWell.map((p) => p.text)),
      ...(pairings.withCare.length ? [`${label.withCare}:`, ...bullets(pairings.withCare.map((p) => p.text))] : []),
      ...(pairings.conflicts.length ? [`${label.conflicts}:`, ...bullets(pairings.conflicts.map((c) => c.text))] : []),
      pairings.oneAtATime,
    ],
  ];
  if (r.patchTest) sections.push([label.patchTest, r.patchTest.text]);
  sections.push([label.buying, ...bullets(r.buying.map((b) => b.text))]);
  if (r.referralNote) sections.push([r.referralNote]);
  if (options.shareUrl) sections.push([`${label.share}: ${options.shareUrl}`]);
  sections.push([r.disclaimer]);
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
