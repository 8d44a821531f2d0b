/**
 * The invariants of docs/rules.md "Version 3: one coherent plan, safe for
 * every reader", read from the spec and the answers, not from src/rules:
 * what each active's plan must be, what the words may and may not say.
 * Called by checkResult (invariants.ts) for every result it checks.
 */
import type { Active, Answers, Concern, Recommendation } from '../../src/rules/index.js';
import { NAMES } from './invariants-v2.js';
import { prose, specAction } from './invariants-v4.js';

type Fail = (what: string) => void;
type Spec = { verdict: string; ifPatient?: string };

const SUPPORTIVE: readonly Concern[] = ['dullness', 'dehydration', 'slow-recovery', 'post-blemish-marks', 'mild-texture', 'fine-lines', 'redness'];
const TARGETED: readonly Concern[] = ['active-breakouts', 'stubborn-pigmentation', 'acne-scars'];
const SERUM = ['good-fit', 'fits-with-care', 'optional'];

/** Words that name a strong active (adapalene is an over-the-counter retinoid). */
const STRONG_WORDS = /retino|adapalene|tretinoin|tazarotene|benzoyl|peroxide|exfoliat|glycolic|salicylic|\bAHA\b|\bBHA\b/i;

/** The plan each active gets: version 4's (invariants-v4.ts), which stands where version 3 disagrees. */
export { specAction };

/**
 * What each source is cited for: a result that lists it must show a sentence
 * it rests on (v3, "Sources that support what is said"). Written from
 * rules.md's "why (source)" column and items 4 to 8.
 */
const CITED_BY: Record<string, RegExp> = {
  'centella-2025': /hydration/i,
  'proffer-2022': /tone|redness/i,
  'kaufman-janette-2023': /tone|redness/i,
  'cho-2020': /marks|studies measured/i,
  'wyles-2024': /fine lines|texture/i,
  'taub-2024': /few studies/i,
  'eu-cosmetics': /EU cosmetics/i,
  'aad-eczema': /eczema care/i,
  'cureus-2026': /few studies/i,
  'fda-2019': /FDA/,
  'kwon-2020': /treated|granuloma/i,
  'jama-derm-2014': /granuloma/i,
  'aad-timing': /6 weeks/,
  'aad-reactions': /flare|blisters/i,
  'aad-acne': /^Breakouts:|tretinoin/m,
  'aad-melasma': /pigment treatment/i,
  'aad-acne-scars': /resurfacing|microneedling/i,
  'aad-patch-2021': /inner arm/i,
  'aad-contact': /allergy patch testing/i,
  'aad-retinoids': /pregnan/i,
  dermnet: /flare|dry and irritate/i,
  'rosacea-survey': /trigger rosacea/i,
  'article-repair': /support|repair|burns or stings|targeted|acne treatment|pigment|procedures|flaky|formula|Pairs well|comfortable/i,
  'article-jade': /curious|most products|6 weeks|price|whole line|sourcing|claims|are enough/i,
};

export function version3(a: Answers, r: Recommendation, spec: Spec, fail: Fail): void {
  const text = prose(r);
  const all = text.join('\n');
  const used = a.actives.filter((x): x is Exclude<Active, 'none'> => x !== 'none');
  const serumNow = SERUM.includes(spec.verdict);
  const serumLater = !serumNow && SERUM.includes(spec.ifPatient ?? '');
  const targeted = a.concerns.filter((c) => TARGETED.includes(c));
  const supportive = a.concerns.filter((c) => SUPPORTIVE.includes(c));
  const diagnosed = a.sensitivity === 'diagnosed-controlled' || a.sensitivity === 'diagnosed-flaring';

  // One plan: each active's action as the spec gives it, and the serum now, later or not at all.
  const planned = r.plan.actives.map((x) => `${x.active}:${x.action}`).join();
  const expected = used.map((x) => `${x}:${specAction(a, spec, x)}`).join();
  if (planned !== expected) fail(`plan for the actives is ${planned}, spec says ${expected}`);
  const serumPlan = serumNow ? 'now' : serumLater ? 'if-patient' : 'none';
  if (r.plan.serum !== serumPlan) fail(`plan.serum ${r.plan.serum}, spec says ${serumPlan}`);

  // No next step starts, adds or patch tests the serum unless the serum is on the table now.
  const serumStep = r.nextSteps.find((s) => /\bserum\b|patch test|\b(add|try|start) it\b|\bonce a day\b|\btwice\b/i.test(s));
  if (serumStep && !serumNow) fail(`a next step about the serum for ${spec.verdict}: "${serumStep}"`);
  // How often: said in the routine alone.
  if (r.nextSteps.some((s) => /once a day|twice a day|every (day|night)/i.test(s))) fail('a next step says how often to use the serum');

  // No "keep using" for an active the plan reduces, pauses, asks about or makes the reader choose.
  for (const sentence of text.filter((s) => /keep using/i.test(s))) {
    for (const x of used) {
      if (NAMES[x].test(sentence) && specAction(a, spec, x) !== 'keep') fail(`"${sentence}" for ${x}, which is ${specAction(a, spec, x)}`);
    }
  }
  if (a.actives.includes('retinoid') && a.actives.includes('prescription-retinoid') && /keep using[^.]*retinoid/i.test(all)) {
    fail('keep using a retinoid, with both retinoids');
  }

  if (spec.verdict === 'not-now') {
    // Vitamin C is paused, and named among what to pause or restart.
    if (used.includes('vitamin-c')) {
      const pause = [...r.nextSteps, ...r.routine.notes].join('\n');
      if (!/vitamin C/.test(pause)) fail('not-now does not pause vitamin C');
      if ([...r.routine.morning, ...r.routine.evening].some((s) => s.actives.includes('vitamin-c'))) fail('not-now keeps vitamin C in the routine');
    }
    // Every come-back condition of every matching not-now rule.
    const notes = r.routine.notes.join('\n');
    const conditions: Array<[boolean, RegExp, string]> = [
      [a.skinNow === 'recent-procedure', /healed/, 'healed skin (row 1)'],
      [a.sensitivity === 'diagnosed-flaring', /flare under control/, 'the flare under control (row 2)'],
      [a.skinNow === 'irritated', /no longer burns or stings/, 'no burning or stinging (row 3)'],
      [a.sensitivity === 'most-products', /tolerates/, 'a tolerated basic routine (row 4)'],
    ];
    for (const [matches, words, what] of conditions) {
      if (matches !== words.test(notes)) fail(`come-back condition ${matches ? 'missing' : 'said without its rule'}: ${what}`);
    }
    // Restart one at a time, never all at once.
    const restart = r.routine.notes.find((n) => /restart/i.test(n));
    const paused = used.filter((x) => specAction(a, spec, x) === 'pause');
    if (paused.length > 1 && !(restart && /one at a time/.test(restart))) fail('restarts several actives at once');
  }

  // Sunburn and broken skin are not a clinic visit.
  if (/clinic that treated you/i.test(all)) fail('"the clinic that treated you" without an "if"');
  if (a.skinNow === 'recent-procedure' && !(/if a clinic treated you/i.test(all) && /heal fully/i.test(all))) {
    fail('row 1 without "if a clinic treated you" and "heal fully"');
  }

  // Safety lines, each once where it applies and nowhere else.
  const count = (words: RegExp) => text.filter((s) => words.test(s)).length;
  const retinoids = used.includes('retinoid') || used.includes('prescription-retinoid');
  if (count(/pregnan/i) !== (retinoids ? 1 : 0)) fail(`pregnancy line ${count(/pregnan/i)} times, retinoids ${retinoids ? '' : 'not '}used`);
  if ((a.skinNow === 'irritated') !== (count(/blisters/i) === 1)) fail('when to see a doctor for irritated skin');
  if ((a.sensitivity === 'most-products') !== (count(/allergy patch testing/i) === 1)) fail('dermatologist patch testing for skin that reacts to most products');

  // What helps instead: for each targeted concern of every verdict but not-now, and never naming a strong
  // active for a reader whose skin is not calm or who reacts more than sometimes.
  const instead = spec.verdict === 'not-now' ? [] : targeted;
  if (r.helpsInstead.map((h) => h.concern).join() !== instead.join()) fail(`what helps instead covers ${r.helpsInstead.map((h) => h.concern).join() || 'nothing'}, spec says ${instead.join() || 'nothing'}`);
  const mayName = (a.sensitivity === 'rarely' || a.sensitivity === 'sometimes') && a.skinNow === 'calm';
  for (const h of r.helpsInstead) {
    if (STRONG_WORDS.test(h.text) && !mayName) fail(`what helps instead names a strong active: "${h.text}"`);
    if (/\badd\b/i.test(h.text)) fail(`what helps instead says to add: "${h.text}"`);
  }

  // Targeted concerns beside supportive ones: the summary names both parts, never "what you want to change".
  if (/what you want to change is what/i.test(all) && targeted.length) fail('"what you want to change is what a support serum is meant for" beside a targeted concern');
  // A diagnosed reader's redness is not a serum's (v4): then only the targeted part is named.
  const serumConcerns = supportive.filter((c) => !(diagnosed && c === 'redness'));
  if (r.verdict === 'fits-with-care' && targeted.length && supportive.length) {
    if (!/targeted treatment/.test(r.summary) || (serumConcerns.length > 0 && !/support serum/.test(r.summary))) fail('fits-with-care summary does not name both parts');
  }

  // Redness: no time frame for a diagnosed reader; "Tone" and "Redness" apart, each only for its concern.
  for (const e of r.expectations) {
    if (/tone and redness/i.test(e.title)) fail('a "Tone and redness" heading');
    if (e.title === 'Redness' && e.timeframe && diagnosed) fail('a time frame for a diagnosed reader\'s redness');
  }
  if (r.expectations.some((e) => e.title === 'Tone') !== a.concerns.includes('dullness')) fail('"Tone" shown without dullness, or missing');
  if (r.expectations.some((e) => e.title === 'Redness') !== a.concerns.includes('redness')) fail('"Redness" shown without redness, or missing');

  // Every listed source is cited by a sentence of the same result; the rosacea survey only where it applies.
  const cites = new Set(r.expectations.flatMap((e) => e.sources));
  for (const source of r.sources) {
    const words = CITED_BY[source.id];
    if (!words) fail(`unknown source ${source.id}`);
    else if (!cites.has(source.short) && !text.some((s) => words.test(s))) fail(`source ${source.id} listed, but no sentence rests on it`);
  }
  if (r.sources.some((s) => s.id === 'rosacea-survey') && !diagnosed && !a.concerns.includes('redness')) fail('rosacea survey listed for a reader without rosacea or redness');

  // Conflicts: exactly the pairs the reader has, each with exactly its actives.
  const has = (x: Active) => used.includes(x as never);
  const pairs: Array<[Active, Active]> = [
    ['retinoid', 'exfoliating-acids'],
    ['prescription-retinoid', 'exfoliating-acids'],
    ['benzoyl-peroxide', 'prescription-retinoid'],
    ['retinoid', 'prescription-retinoid'],
  ];
  const key = (p: readonly Active[]) => [...p].sort().join('+');
  const want = pairs.filter(([x, y]) => has(x) && has(y)).map(key).sort();
  const got = r.pairings.conflicts.map((c) => key(c.actives)).sort();
  if (want.join() !== got.join()) fail(`conflicts ${got.join(', ') || 'none'}, the reader has ${want.join(', ') || 'none'}`);
  for (const c of r.pairings.conflicts) {
    for (const x of used) if (NAMES[x].test(c.text) !== c.actives.includes(x) && x !== 'retinoid') fail(`conflict "${c.text}" names other actives than ${c.actives.join(' + ')}`);
  }

  // Fitting a serum around actives only where a serum is on the table ("pairs well" is version 4's).
  if (r.pairings.withCare.length && !serumNow && !serumLater) fail('how to fit a serum around actives, with no serum on the table');

  // No overclaiming; plain grammar.
  if (/kind these serums were studied on/i.test(all)) fail('claims the reader\'s skin is the kind studied');
  const grammar = all.match(/\b(fine lines|marks left after breakouts|acne scars|breakouts) is\b/i);
  if (grammar) fail(`"${grammar[0]}"`);
}
