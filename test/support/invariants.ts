/**
 * The invariants of docs/rules.md ("Invariants"), checked against one
 * result. Shared by the unit tests and `npm run verify:all`.
 */
import * as z from 'zod/mini';
import {
  RecommendationSchema,
  STRONG_ACTIVES,
  SUPPORTIVE_CONCERNS,
  TARGETED_CONCERNS,
  type Active,
  type Answers,
  type Recommendation,
  type Referral,
  type Verdict,
} from '../../src/rules/index.js';
import { version2 } from './invariants-v2.js';
import { version3 } from './invariants-v3.js';

/**
 * An independent reading of the precedence table, written from the spec
 * rather than from src/rules, so the two can disagree.
 */
export function specVerdict(a: Answers): { verdict: Verdict; referral: Referral; ifPatient?: Verdict } {
  const targeted = a.concerns.some((c) => TARGETED_CONCERNS.includes(c));
  const supportive = a.concerns.some((c) => SUPPORTIVE_CONCERNS.includes(c));
  const rows: Array<[boolean, Verdict, Referral]> = [
    [a.skinNow === 'recent-procedure', 'not-now', 'practitioner'],
    [a.sensitivity === 'diagnosed-flaring', 'not-now', 'dermatologist'],
    [a.skinNow === 'irritated', 'not-now', 'none'],
    [a.sensitivity === 'most-products', 'not-now', 'none'],
    [a.expectations === 'days', 'not-the-right-tool', 'none'],
    [!supportive && targeted, 'not-the-right-tool', 'dermatologist'],
    [a.concerns.includes('just-curious'), 'optional', 'none'],
    [
      a.sensitivity === 'often' ||
        a.sensitivity === 'diagnosed-controlled' ||
        a.skinNow === 'tight-or-flaky' ||
        (targeted && supportive),
      'fits-with-care',
      a.sensitivity === 'diagnosed-controlled' || targeted ? 'dermatologist' : 'none',
    ],
    [true, 'good-fit', 'none'],
  ];
  const firstIndex = rows.findIndex(([matches]) => matches);
  const verdict = rows[firstIndex]![1];
  const referral = rows.find(([matches, , referral]) => matches && referral !== 'none')?.[2] ?? 'none';
  if (firstIndex !== 4) return { verdict, referral };
  return { verdict, referral, ifPatient: rows.slice(5).find(([matches]) => matches)![1] };
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
    ...r.pairings.pairsWell.map((x) => x.text),
    ...r.pairings.withCare.map((x) => x.text),
    ...r.pairings.conflicts.map((x) => x.text),
  ].join('\n');
}

/** Returns the invariants this result breaks (empty when it holds them all). */
export function brokenInvariants(a: Answers, r: Recommendation): string[] {
  return checkResult(a, r).broken;
}

/** The invariants this result breaks, and the word count of its copied text (for verify:all's median). */
export function checkResult(a: Answers, r: Recommendation): { broken: string[]; words: number } {
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
  return { broken, words: count };
}
