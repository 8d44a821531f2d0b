/**
 * The one list of a result's sections, read by both renderers (the element's
 * view and the copied plain text), so the two cannot drift apart in order,
 * presence or framing (docs/rules.md, "Plain language and length").
 */
import { PAIRS_WELL, PLAIN_TEXT as label, listNames } from './content.js';
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
    otherSources(r).length > 0 && { id: 'sources', title: citedInline(r).size ? label.otherSources : label.sources, open: false },
  ];
  return sections.filter((s): s is Section => !!s);
}

const citedInline = (r: Recommendation) => new Set(r.expectations.flatMap((e) => e.sources));

/**
 * Sources not already cited beside an expectation (they are not listed
 * twice), the American Academy of Dermatology's pages on one line.
 */
export function otherSources(r: Recommendation): string[] {
  const cited = citedInline(r);
  const lines: string[] = [];
  let aad: string | undefined;
  for (const { id, text } of r.sources) {
    if (cited.has(text)) continue;
    if (!id.startsWith('aad')) lines.push(text);
    else if (aad === undefined) lines.push((aad = text));
    else lines[lines.indexOf(aad)] = aad += `; ${text.slice(text.indexOf(': ') + 2)}`;
  }
  return lines;
}

/**
 * "Pairs well (…): niacinamide and peptides, which you use." The list is the
 * reader's own, or, for a reader who has none, what they could add (pairings.ts).
 */
export function pairsWellLine(pairs: Recommendation['pairings']['pairsWell']): string | null {
  if (!pairs.length) return null;
  const list = listNames(pairs.map((p) => p.text.toLowerCase()));
  return ((PAIRS_WELL as [(list: string) => string])[0])(pairs[0]!.yours ? `${list}, which you use` : list);
}

/** "Hydration, 2 to 4 weeks: May measurably improve." with its citations. */
export const expectationLine = (e: Recommendation['expectations'][number]) =>
  `${e.title}${e.timeframe ? `, ${e.timeframe}` : ''}: ${e.text}${e.sources.length ? ` (${e.sources.join('; ')})` : ''}`;
