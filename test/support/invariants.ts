/**
 * The invariants of docs/rules.md ("Invariants"), checked against one
 * result. Shared by the unit tests and `npm run verify:all`.
 */
import * as z from 'zod/mini';
import {
  RecommendationSchema,
  STRONG_ACTIVES,
  toPlainText,
  SUPPORTIVE_CONCERNS,
  TARGETED_CONCERNS,
  type Active,
  type Answers,
  type Recommendation,
  type Referral,
  type Verdict,
} from '../../src/rules/index.js';

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
  version2(a, r, spec, fail);
  return broken;
}

const SERUM_VERDICTS: readonly Verdict[] = ['good-fit', 'fits-with-care', 'optional'];

/** How a sentence names each active the reader can use. */
const NAMES: Record<Exclude<Active, 'none'>, RegExp> = {
  retinoid: /(?<!prescription )\bretinoids?\b/i,
  'prescription-retinoid': /prescription retinoid|\bretinoids\b/i,
  'exfoliating-acids': /exfoliating acids|(?<!hyaluronic )\bacids?\b/i,
  'benzoyl-peroxide': /benzoyl peroxide/i,
  'vitamin-c': /vitamin C/i,
  niacinamide: /niacinamide/i,
  'hyaluronic-acid': /hyaluronic acid/i,
  peptides: /peptides/i,
  ceramides: /ceramides?/i,
};

/** Words as a reader counts them. */
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The sentences of a text: list markers and numbering off, split after . ! ? */
export function sentences(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^(- |\d+\. )/, '').trim())
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z“(])/))
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
}

/** The invariants that version 2 of docs/rules.md adds, read from the spec. */
function version2(
  a: Answers,
  r: Recommendation,
  spec: ReturnType<typeof specVerdict>,
  fail: (what: string) => void,
) {
  const targeted = a.concerns.filter((c) => TARGETED_CONCERNS.includes(c));
  const used = a.actives.filter((x): x is Exclude<Active, 'none'> => x !== 'none');
  // A serum is on the table for the serum verdicts, and for row 5 with a fitting ifPatient (items 5, 8).
  const serum = SERUM_VERDICTS.includes(spec.ifPatient ?? spec.verdict);
  const steps = [...r.routine.morning, ...r.routine.evening];
  const hasSerumStep = steps.some((s) => s.id === 'exosome-serum' || /exosome serum/i.test(s.text));

  if (serum) {
    if (r.routine.kind !== 'serum' || !r.routine.morning.some((s) => s.id === 'exosome-serum')) fail('no serum step where a serum is on the table');
    if (r.buying.length !== 5) fail('no buying checklist where a serum is on the table');
    if (r.helpsInstead.length) fail('what helps instead, where a serum is on the table');
  } else {
    if (hasSerumStep) fail(`${r.verdict} routine has a serum step`);
    if (r.buying.length) fail(`${r.verdict} shows a buying checklist`);
  }
  const instead = r.verdict === 'not-the-right-tool' && !serum;
  const insteadFor = r.helpsInstead.map((h) => h.concern).sort();
  if (instead && insteadFor.join() !== [...targeted].sort().join()) fail('what helps instead does not cover each targeted concern');
  if (!instead && r.helpsInstead.length) fail('what helps instead outside not-the-right-tool without a serum');

  // Item 4: no serum time frame for a targeted concern; a time frame names its sources.
  const listed = new Set(r.sources.map((s) => s.text));
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
    for (const x of used) {
      if (!steps.some((s) => s.actives.includes(x) && NAMES[x].test(s.text))) fail(`serum routine has no step for ${x}`);
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
  const text = toPlainText(r, { shareUrl: 'https://example.com/#q' });
  const seen = new Set<string>();
  for (const sentence of sentences(text)) {
    if (seen.has(sentence)) fail(`sentence repeated: "${sentence}"`);
    seen.add(sentence);
  }
  const count = words(toPlainText(r));
  if (count > 600) fail(`plain text is ${count} words`);
  const lastListed = r.sources.filter((x) => !r.expectations.some((e) => e.sources.includes(x.text))).at(-1)?.text;
  // The copied order: verdict, referral, next steps, why, ..., sources, disclaimer, share link.
  const order = [r.verdictLabel, r.referralNote, r.nextSteps[0], r.reasons[0]!.text, r.expectations[0]!.text, lastListed, r.disclaimer, 'https://example.com/#q'];
  const at = order.filter((x): x is string => !!x).map((x) => text.indexOf(x));
  if (at.some((i, k) => i < 0 || (k > 0 && i < at[k - 1]!))) fail('plain text is out of order');
}
