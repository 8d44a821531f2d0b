/**
 * The invariants that version 2 of docs/rules.md adds ("Changes in version 2"),
 * read from the spec rather than from src/rules. Called by brokenInvariants.
 */
import {
  STRONG_ACTIVES,
  TARGETED_CONCERNS,
  toPlainText,
  type Active,
  type Answers,
  type Recommendation,
  type Verdict,
} from '../../src/rules/index.js';
import { wordCount as words } from './answer-space.js';
import type { specVerdict } from './invariants.js';
import { specAction } from './invariants-v4.js';

const SERUM_VERDICTS: readonly Verdict[] = ['good-fit', 'fits-with-care', 'optional'];

/** How a sentence names each active the reader can use. */
export const NAMES: Record<Exclude<Active, 'none'>, RegExp> = {
  retinoid: /(?<!prescription )\bretinoids?\b/i,
  'prescription-retinoid': /prescription retinoid|\bretinoids\b|tretinoin/i,
  'exfoliating-acids': /exfoliating acids|(?<!hyaluronic )\bacids?\b/i,
  'benzoyl-peroxide': /benzoyl peroxide/i,
  'vitamin-c': /vitamin C/i,
  niacinamide: /niacinamide/i,
  'hyaluronic-acid': /hyaluronic acid/i,
  peptides: /peptides/i,
  ceramides: /ceramides?/i,
};

/** Every piece of prose a result shows, on screen and in the copied text (labels aside). */
export function prose(r: Recommendation): string[] {
  return [
    r.headline,
    r.summary,
    ...(r.referralNote ? [r.referralNote] : []),
    ...r.nextSteps,
    ...r.cautions,
    ...r.reasons.map((x) => x.text),
    ...r.expectations.map((x) => x.text),
    ...r.helpsInstead.map((x) => x.text),
    ...[...r.routine.morning, ...r.routine.evening].map((x) => x.text),
    ...r.routine.notes,
    ...r.pairings.withCare.map((x) => x.text),
    ...r.pairings.conflicts.map((x) => x.text),
    r.pairings.oneAtATime,
    ...(r.patchTest ? [r.patchTest.text] : []),
    ...r.buying.map((x) => x.text),
    r.disclaimer,
  ];
}

/** The sentences of a result's prose, each without its closing mark. */
export function sentences(r: Recommendation): string[] {
  // Our prose has no abbreviations, so ". " (or "? ", "! ") ends a sentence.
  return prose(r).flatMap((text) => (/[.!?] /.test(text) ? text.split(/(?<=[.!?]) /) : [text]));
}

/** Checks one result; returns the word count of its copied text. */
export function version2(
  a: Answers,
  r: Recommendation,
  spec: ReturnType<typeof specVerdict>,
  fail: (what: string) => void,
): number {
  const targeted = a.concerns.filter((c) => TARGETED_CONCERNS.includes(c));
  const used = a.actives.filter((x): x is Exclude<Active, 'none'> => x !== 'none');
  // A serum is on the table for the serum verdicts, and for row 5 with a fitting ifPatient (items 5, 8).
  const serum = SERUM_VERDICTS.includes(spec.ifPatient ?? spec.verdict);
  const steps = [...r.routine.morning, ...r.routine.evening];
  const hasSerumStep = steps.some((s) => s.id === 'exosome-serum' || /exosome serum/i.test(s.text));

  if (serum) {
    if (r.routine.kind !== 'serum' || !r.routine.morning.some((s) => s.id === 'exosome-serum')) fail('no serum step where a serum is on the table');
    if (r.buying.length !== 5) fail('no buying checklist where a serum is on the table');
  } else {
    if (hasSerumStep) fail(`${r.verdict} routine has a serum step`);
    if (r.buying.length) fail(`${r.verdict} shows a buying checklist`);
  }
  // What helps instead: version 3 gives it for every verdict but not-now (invariants-v3.ts checks it).

  // Item 4: no serum time frame for a targeted concern; a time frame names its sources.
  const listed = new Set(r.sources.map((s) => s.short));
  for (const e of r.expectations) {
    if (e.timeframe && e.concerns.some((c) => TARGETED_CONCERNS.includes(c))) fail(`time frame for a targeted concern (${e.concerns.join(', ')})`);
    if (e.timeframe && !e.sources.length) fail(`time frame without a source (${e.title})`);
    if (e.sources.some((s) => !listed.has(s))) fail(`${e.title} cites a source missing from the result's sources`);
  }
  if (targeted.length && !r.expectations.some((e) => !e.timeframe && targeted.every((c) => e.concerns.includes(c)))) {
    fail('targeted concerns not said to be beyond a serum');
  }
  if (new Set(r.sources.map((s) => s.id)).size !== r.sources.length) fail('a source listed twice');

  // Item 5: every active has a place in a serum routine; benzoyl peroxide never meets a prescription retinoid.
  if (r.routine.kind === 'serum') {
    // Paused actives wait outside the routine until the skin is comfortable (v4); the next steps name them.
    for (const x of used.filter((y) => specAction(a, spec, y) !== 'pause')) {
      const holder = steps.find((s) => s.actives.includes(x));
      // Both retinoids share one slot, named "retinoid": the reader keeps one of them (v3, "choose one").
      const named = x === 'prescription-retinoid' && used.includes('retinoid') ? /retinoid/i : NAMES[x];
      if (!holder || !named.test(holder.text)) fail(`serum routine has no step for ${x}`);
    }
  }
  for (const s of steps) if (s.actives.some((x) => !a.actives.includes(x))) fail(`routine step ${s.id} holds an active the reader does not use`);
  for (const [time, list] of [['morning', r.routine.morning], ['evening', r.routine.evening]] as const) {
    const holds = (x: Active) => list.some((s) => s.actives.includes(x));
    if (holds('benzoyl-peroxide') && holds('prescription-retinoid')) fail(`benzoyl peroxide and a prescription retinoid share the ${time}`);
  }
  if (r.verdict === 'not-now') {
    const pauseText = [...r.nextSteps, ...r.routine.notes].join('\n');
    for (const x of used.filter((x) => STRONG_ACTIVES.includes(x))) {
      if (!NAMES[x].test(pauseText)) fail(`not-now does not name ${x} to pause`);
    }
    if (!r.routine.notes.some((n) => /come back/i.test(n))) fail('not-now does not say when to come back');
  }

  // Item 6: with-care advice said once.
  if (r.pairings.withCare.length > 1) fail('with-care advice said more than once');

  // Item 1: the headline and summary fit the reader.
  if (a.skinNow === 'calm' && a.sensitivity === 'most-products' && /settle/i.test(`${r.headline} ${r.summary}`)) fail('a calm reader is told to let skin settle');
  if (r.verdict === 'fits-with-care') {
    const sensitive = a.sensitivity === 'often' || a.sensitivity === 'diagnosed-controlled';
    if (sensitive !== /react/i.test(r.summary)) fail('fits-with-care summary misstates sensitivity as a reason');
    if ((a.skinNow === 'tight-or-flaky') !== /tight|flaky/i.test(r.summary)) fail('fits-with-care summary misstates a tight barrier as a reason');
  }

  // Item 2 and "Plain language and length".
  if (r.nextSteps.length < 1 || r.nextSteps.length > 3) fail(`${r.nextSteps.length} next steps`);
  const share = 'https://example.com/#q';
  const text = toPlainText(r, { shareUrl: share });
  const seen = new Set<string>();
  for (const sentence of sentences(r)) {
    if (seen.has(sentence)) fail(`sentence repeated: "${sentence}"`);
    seen.add(sentence);
  }
  // The share link's own line is not part of the result's length.
  const count = words(text) - words(text.slice(text.lastIndexOf('\n\n')));
  if (count > 600) fail(`plain text is ${count} words`);
  // The last listed source's own words (the sources list may group one publisher's pages on one line).
  const lastListed = r.sources.filter((x) => !r.expectations.some((e) => e.sources.includes(x.short))).at(-1)?.short.split(': ').at(-1);
  // The copied order: verdict, referral, next steps, why, ..., sources, disclaimer, share link.
  const order = [r.verdictLabel, r.referralNote, r.nextSteps[0], r.reasons[0]!.text, r.expectations[0]!.text, lastListed, r.disclaimer, 'https://example.com/#q'];
  const at = order.filter((x): x is string => !!x).map((x) => text.indexOf(x));
  if (at.some((i, k) => i < 0 || (k > 0 && i < at[k - 1]!))) fail('plain text is out of order');
  return count;
}
