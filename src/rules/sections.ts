/**
 * The one list of a result's sections, read by both renderers (the element's
 * view and the copied plain text), so the two cannot drift apart in order,
 * presence or framing (docs/rules.md, "Plain language and length").
 */
import { list } from '../messages/locale.js';
import { SECTION as label } from '../messages/result.js';
import { AAD_TOPIC, aad } from '../messages/sources.js';
import type { Recommendation } from './result.js';

export type SectionId = 'why' | 'expect' | 'instead' | 'routine' | 'pairings' | 'patch' | 'buying' | 'sources';
export interface Section {
  id: SectionId;
  title: string;
  /** Open at first on screen (print opens them all). */
  open: boolean;
}

/** Framed "later": what waits until skin settles (`not-now`) or until the reader gives it time (items 5 to 7; v3). */
const later = (r: Recommendation) => r.verdict === 'not-now' || r.plan.serum === 'if-patient';

/** The sections after the lead (verdict, referral, next steps, cautions), in order. */
export function resultSections(r: Recommendation): Section[] {
  const { plan } = r;
  const routine =
    r.routine.kind === 'serum'
      ? plan.serum === 'if-patient'
        ? label.routineIfTime
        : label.routine
      : r.verdict === 'not-now'
        ? label.basics
        : label.keep;
  const sections: Array<Section | false> = [
    { id: 'why', title: label.why, open: false },
    { id: 'expect', title: r.verdict === 'not-now' ? label.expectLater : label.expect, open: true },
    r.helpsInstead.length > 0 && { id: 'instead', title: label.instead, open: true },
    { id: 'routine', title: routine, open: false },
    { id: 'pairings', title: later(r) ? label.pairingsLater : label.pairings, open: false },
    !!r.patchTest && { id: 'patch', title: later(r) ? label.patchTestLater : label.patchTest, open: false },
    r.buying.length > 0 && { id: 'buying', title: label.buying, open: false },
    { id: 'sources', title: label.sources, open: false },
  ];
  return sections.filter((s): s is Section => !!s);
}

/**
 * On screen, each source in full: title, where it was published, year and
 * identifier (v4, "Sources said exactly"). The copied text gives each as its
 * short form and identifier (none where the short form already stands
 * beside an expectation), so that it stays within the length limit
 * (docs/rules.md: 600 words) while a reader can still find every source.
 */
export const sourceLines = (r: Recommendation) => r.sources.map((s) => s.text);
export function sourceLinesShort(r: Recommendation): string[] {
  // A source already named beside an expectation is not listed twice (docs/rules.md: say each thing once).
  const inline = new Set(r.expectations.flatMap((e) => e.sources));
  const lines: string[] = [];
  const academy: string[] = [];
  for (const s of r.sources) {
    if (inline.has(s.short)) continue;
    // The academy's pages on one line: "AAD: acne, melasma and acne scars".
    if (s.id in AAD_TOPIC) {
      if (!academy.length) lines.push('');
      academy.push(AAD_TOPIC[s.id as keyof typeof AAD_TOPIC]());
    } else lines.push(s.link ? `${s.short}: ${s.link}` : s.short);
  }
  return lines.map((line) => line || aad(list(academy)));
}

/** "Hydration, 2 to 4 weeks: May measurably improve." with its citations. */
export const expectationLine = (e: Recommendation['expectations'][number]) => {
  const line = e.timeframe ? label.expectation(e.title, e.timeframe, e.text) : label.expectationUntimed(e.title, e.text);
  return e.sources.length ? `${line} (${e.sources.join('; ')})` : line;
};
