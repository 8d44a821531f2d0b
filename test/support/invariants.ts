/**
 * The invariants of docs/rules.md ("Invariants"), checked against one
 * result. Shared by the unit tests and `npm run verify:all`.
 */
import * as z from 'zod/mini';
import {
  RecommendationSchema,
  STRONG_ACTIVES,
  type Active,
  type Answers,
  type Concern,
  type Recommendation,
  type Referral,
  type Verdict,
} from '../../src/rules/index.js';
import { version2 } from './invariants-v2.js';
import { version3 } from './invariants-v3.js';
import { version4 } from './invariants-v4.js';

/** docs/rules.md, "Groups used below", copied from the spec, not imported from src/rules. */
export const SPEC_SUPPORTIVE_CONCERNS: readonly Concern[] = ['dullness', 'dehydration', 'slow-recovery', 'post-blemish-marks', 'mild-texture', 'fine-lines', 'redness'];
export const SPEC_TARGETED_CONCERNS: readonly Concern[] = ['active-breakouts', 'stubborn-pigmentation', 'acne-scars'];

/** What the precedence table decides: verdict, referral and (row 5 only) ifPatient. */
export interface SpecDecision {
  verdict: Verdict;
  referral: Referral;
  ifPatient?: Verdict;
}

/**
 * docs/rules.md, "Verdicts and precedence", read as one question per verdict
 * and one per referral, not as the ordered list of rows that src/rules walks:
 *
 * - `not-now` whenever any hold-off condition holds (rows 1 to 4 all give it);
 * - otherwise `not-the-right-tool` for a reader who wants results in days
 *   (row 5), who is told what rows 6 to 9 give with patience;
 * - otherwise the patient verdict: `not-the-right-tool` when only targeted
 *   concerns were chosen (row 6), `optional` for the merely curious (row 7),
 *   `fits-with-care` when one of the reasons for care applies (row 8),
 *   `good-fit` for the rest (row 9).
 *
 * The referral is "the referral of the first matching rule that has one".
 * Only rows 1, 2, 6 and 8 carry one, and row 6 or 8 matches whenever a
 * targeted concern is chosen (no supportive one: row 6; beside one: row 8),
 * so it is the practitioner after a procedure, else a dermatologist for a
 * flare, a diagnosed condition under control, or any targeted concern, else
 * none, whichever row decided the verdict. Written from the spec so that it
 * and src/rules can disagree; test/unit/rules.spec-model.test.ts shows it
 * does when the implementation is wrong.
 */
export function specVerdict(a: Answers): SpecDecision {
  const chose = (c: Concern) => a.concerns.includes(c);
  const targeted = SPEC_TARGETED_CONCERNS.some(chose);
  const supportive = SPEC_SUPPORTIVE_CONCERNS.some(chose);

  const holdOff =
    a.skinNow === 'recent-procedure' ||
    a.skinNow === 'irritated' ||
    a.sensitivity === 'diagnosed-flaring' ||
    a.sensitivity === 'most-products';
  const needsCare =
    a.sensitivity === 'often' || a.sensitivity === 'diagnosed-controlled' || a.skinNow === 'tight-or-flaky' || (targeted && supportive);
  const patient: Verdict =
    targeted && !supportive ? 'not-the-right-tool' : chose('just-curious') ? 'optional' : needsCare ? 'fits-with-care' : 'good-fit';

  const referral: Referral =
    a.skinNow === 'recent-procedure'
      ? 'practitioner'
      : a.sensitivity === 'diagnosed-flaring' || a.sensitivity === 'diagnosed-controlled' || targeted
        ? 'dermatologist'
        : 'none';

  if (holdOff) return { verdict: 'not-now', referral };
  if (a.expectations === 'days') return { verdict: 'not-the-right-tool', referral, ifPatient: patient };
  return { verdict: patient, referral };
}

const PROMISES = /\b(cure[sd]?|guarantee[sd]?|miracle|reverses? aging|overnight results)\b/i;

/** What names each strong active in a sentence. The two retinoids are one family. */
const ACTIVE_WORDS: Array<[readonly Active[], RegExp]> = [
  [['retinoid', 'prescription-retinoid'], /retino|retinal|adapalene|tretinoin|tazarotene/i],
  [['exfoliating-acids'], /exfoliat|glycolic|salicylic|\bAHA\b|\bBHA\b|\bPHA\b/],
  [['benzoyl-peroxide'], /benzoyl|peroxide/i],
];

/**
 * Everything that could advise the reader. `helpsInstead` is left out on
 * purpose: docs/rules.md item 5 itself names benzoyl peroxide or adapalene
 * as what helps breakouts instead of a serum.
 */
function adviceText(r: Recommendation): string {
  return [
    r.headline,
    r.summary,
    ...r.nextSteps,
    ...r.reasons.map((x) => x.text),
    ...r.expectations.map((x) => x.text),
    ...r.routine.morning.map((x) => x.text),
    ...r.routine.evening.map((x) => x.text),
    ...r.routine.notes,
    ...(r.pairings.pairsWell ? [r.pairings.pairsWell.text] : []),
    ...r.pairings.withCare.map((x) => x.text),
    ...r.pairings.conflicts.map((x) => x.text),
  ].join('\n');
}

/** Returns the invariants this result breaks (empty when it holds them all). */
export function brokenInvariants(a: Answers, r: Recommendation): string[] {
  return checkInvariants(a, r).broken;
}

/**
 * The invariants this result breaks, and the word count of its copied text
 * (for verify:all's median). The one entry point: the covering design, the
 * fast-check properties, the walks and verify:all all call it, so a check
 * added here (a version's own file, called at the end as version2 is) runs
 * in every layer at once.
 */
export function checkInvariants(a: Answers, r: Recommendation): { broken: string[]; words: number } {
  const broken: string[] = [];
  const fail = (what: string) => broken.push(what);

  if (!z.safeParse(RecommendationSchema, r).success) fail('result does not parse with the result schema');

  const spec = specVerdict(a);
  if (r.verdict !== spec.verdict) fail(`verdict ${r.verdict}, spec says ${spec.verdict}`);
  if (r.referral !== spec.referral) fail(`referral ${r.referral}, spec says ${spec.referral}`);

  if (r.verdict === 'not-now' || r.verdict === 'not-the-right-tool') {
    const advice = adviceText(r);
    for (const [family, words] of ACTIVE_WORDS) {
      if (!family.some((x) => a.actives.includes(x)) && words.test(advice)) {
        fail(`${r.verdict} mentions a strong active the reader does not use (${family.join('/')})`);
      }
    }
    const steps = [...r.routine.morning, ...r.routine.evening].map((s) => s.id);
    if (r.verdict === 'not-now' && (r.routine.kind !== 'basics' || steps.includes('active-nights') || steps.includes('exosome-serum'))) {
      fail('not-now routine keeps strong actives or adds the serum');
    }
  }

  if (
    (a.skinNow === 'irritated' || a.skinNow === 'recent-procedure' || a.sensitivity === 'diagnosed-flaring') &&
    (r.verdict === 'good-fit' || r.verdict === 'fits-with-care')
  ) {
    fail(`${r.verdict} for irritated, treated or flaring skin`);
  }

  if (a.expectations === 'days' && r.verdict === 'good-fit') fail('good-fit for a reader who wants results in days');
  if (r.ifPatient !== spec.ifPatient) fail(`ifPatient ${r.ifPatient}, spec says ${spec.ifPatient}`);

  if (a.sensitivity !== 'rarely') {
    if (!r.patchTest) fail('no patch test for sensitive skin');
    if (r.buying.length && !r.buying.some((b) => b.id === 'fragrance-free' && b.stressed)) {
      fail('fragrance-free point not stressed for sensitive skin');
    }
  }

  for (const conflict of r.pairings.conflicts) {
    if (!conflict.actives.every((x) => a.actives.includes(x))) fail(`conflict ${conflict.actives.join(' + ')} the reader does not have`);
  }
  if (r.pairings.withCare.some((x) => !a.actives.includes(x.active) || !STRONG_ACTIVES.includes(x.active))) {
    fail('with-care advice about an active the reader does not use');
  }

  for (const reason of r.reasons) {
    const given: unknown = a[reason.field];
    if (Array.isArray(given) ? !given.includes(reason.option) : given !== reason.option) {
      fail(`reason about ${reason.field}=${reason.option}, which was not answered`);
    }
  }

  const promiseText = [r.headline, r.summary, ...r.nextSteps, ...r.reasons.map((x) => x.text), ...r.expectations.map((x) => `${x.title} ${x.text}`)].join('\n');
  if (PROMISES.test(promiseText)) fail('promises: ' + promiseText.match(PROMISES)![0]);

  if (!r.disclaimer) fail('no disclaimer');
  const count = version2(a, r, spec, fail);
  version3(a, r, spec, fail);
  version4(a, r, spec, fail);
  return { broken, words: count };
}
