/**
 * The invariants of docs/rules.md "Version 4: advice that fits diagnosed and
 * unsettled skin, sources said exactly", read from the spec and the answers,
 * not from src/rules. Called by checkInvariants (invariants.ts) for every
 * result it checks; test/unit/rules.invariants-v4.test.ts breaks a correct
 * result the way each wrong rule would and shows the checker names it.
 */
import type { Active, Answers, Recommendation } from '../../src/rules/index.js';
import { NAMES, prose as proseV2 } from './invariants-v2.js';

type Fail = (what: string) => void;
type Spec = { verdict: string; ifPatient?: string };

const STRONG: readonly Active[] = ['retinoid', 'prescription-retinoid', 'exfoliating-acids', 'benzoyl-peroxide'];
const MOISTURIZING: readonly Active[] = ['hyaluronic-acid', 'ceramides'];
const SERUM = ['good-fit', 'fits-with-care', 'optional'];

const diagnosedOf = (a: Answers) => a.sensitivity === 'diagnosed-controlled' || a.sensitivity === 'diagnosed-flaring';
const reactsOf = (a: Answers) => a.sensitivity !== 'rarely' && a.sensitivity !== 'sometimes';

/**
 * The plan docs/rules.md gives each active, version 4 over version 3 where
 * they disagree: moisturizing ingredients kept; for not-now every other
 * active paused; tight skin that reacts pauses its non-prescription strong
 * actives; diagnosed skin asks the dermatologist; two retinoids, choose one;
 * tight skin otherwise reduces; a prescription is asked about, never reduced.
 */
export function specAction(a: Answers, spec: Spec, x: Active): string {
  if (MOISTURIZING.includes(x)) return 'keep';
  if (spec.verdict === 'not-now') return 'pause';
  if (!STRONG.includes(x)) return 'keep';
  const prescription = x === 'prescription-retinoid';
  const tight = a.skinNow === 'tight-or-flaky';
  if (tight && reactsOf(a)) return prescription ? 'ask' : 'pause';
  if (diagnosedOf(a)) return 'ask';
  const retinoid = x === 'retinoid' || prescription;
  if (retinoid && a.actives.includes('retinoid') && a.actives.includes('prescription-retinoid')) return 'choose-one';
  if (tight) return prescription ? 'ask' : 'reduce';
  return 'keep';
}

/** Every sentence of the result a reader can read, with the "pairs well" line. */
export const prose = (r: Recommendation): string[] => [...proseV2(r), ...(r.pairings.pairsWell ? [r.pairings.pairsWell.text] : [])];

/** A next step that pauses or lowers an active. */
const CALMING = /\bpause\b|less often/i;
/** A next step that adds or patch tests the serum with no condition before it. */
const PLAIN_ADD = /^(add the serum|patch test the serum)/i;

export function version4(a: Answers, r: Recommendation, spec: Spec, fail: Fail): void {
  const text = prose(r);
  const all = text.join('\n');
  const used = a.actives.filter((x): x is Exclude<Active, 'none'> => x !== 'none');
  const diagnosed = diagnosedOf(a);
  const serum = SERUM.includes(spec.verdict) || SERUM.includes(spec.ifPatient ?? '');
  const action = (x: Active) => r.plan.actives.find((p) => p.active === x)?.action;

  // A diagnosed reader is never told to keep, or only to use less often, acids, benzoyl peroxide or a retinoid.
  if (diagnosed) {
    for (const x of used.filter((y) => STRONG.includes(y))) {
      if (['keep', 'reduce', 'choose-one'].includes(action(x) ?? '')) fail(`diagnosed reader: ${x} is ${action(x)}`);
      for (const s of text.filter((t) => /keep using|less often/i.test(t) && !/prescriber|dermatologist/i.test(t))) {
        if (NAMES[x as Exclude<Active, 'none'>].test(s)) fail(`diagnosed reader told "${s}"`);
      }
    }
  }

  // Tight or flaky skin that reacts often or more: no non-prescription strong active kept or only reduced.
  if (a.skinNow === 'tight-or-flaky' && reactsOf(a)) {
    for (const x of used.filter((y) => STRONG.includes(y) && y !== 'prescription-retinoid')) {
      if (action(x) === 'keep' || action(x) === 'reduce') fail(`tight, reactive skin: ${x} is ${action(x)}`);
    }
  }

  // Hyaluronic acid and ceramides are never paused.
  for (const x of used.filter((y) => MOISTURIZING.includes(y))) {
    if (action(x) !== 'keep') fail(`${x} is ${action(x)}, not kept`);
    if (text.some((s) => /\bpause\b|restart/i.test(s) && NAMES[x as Exclude<Active, 'none'>].test(s))) fail(`${x} named among what to pause or restart`);
  }

  // Every line that pauses or reduces a prescription retinoid names the prescriber.
  for (const s of text) {
    if (/prescription retinoid/i.test(s) && /\bpause|less often|restart/i.test(s) && !/prescriber/i.test(s)) fail(`"${s}" pauses or reduces a prescription without its prescriber`);
  }
  const rx = action('prescription-retinoid');
  if ((rx === 'pause' || rx === 'reduce') && !text.some((s) => /prescriber/i.test(s) && /prescription retinoid/i.test(s))) fail('a prescription paused with no word to its prescriber');
  if (rx === 'reduce') fail('a prescription retinoid reduced without its prescriber deciding');

  // No next-step list holds both a pause or reduce step and an unconditioned "add the serum".
  if (r.nextSteps.some((s) => CALMING.test(s)) && r.nextSteps.some((s) => PLAIN_ADD.test(s))) fail('a pause or reduce step beside a plain "add the serum"');

  // A diagnosed reader's redness is never among a serum's concerns.
  if (diagnosed) {
    for (const s of [r.headline, r.summary, ...r.reasons.map((x) => x.text)]) {
      if (/redness/i.test(s) && /support serum|serum is for/i.test(s)) fail(`a diagnosed reader's redness named among a serum's concerns: "${s}"`);
    }
  }

  // No serum patch test, "whole formula", pairing, routine or buying line where no serum is offered.
  if (!serum) {
    if (r.patchTest && /the serum/i.test(r.patchTest.text)) fail('a serum patch test where no serum is offered');
    if (/whole formula/i.test(all)) fail('"the whole formula" where no serum is offered');
    if (r.pairings.pairsWell) fail('a pairing where no serum is offered');
    if (r.routine.kind === 'serum' || r.buying.length) fail('a serum routine or buying line where no serum is offered');
  }
  // Two kinds of test, named apart.
  if (r.patchTest && !/at home/i.test(r.patchTest.text)) fail('the patch test is not named "at home"');
  if (a.sensitivity === 'most-products' && !r.cautions.some((c) => /allergy patch testing/i.test(c))) fail('no allergy patch testing by a dermatologist');

  // "Pairs well" names only the reader's own actives; no result suggests a new ingredient.
  const pairs = r.pairings.pairsWell;
  if (pairs) {
    for (const x of pairs.actives) if (!used.includes(x as never)) fail(`pairs well names ${x}, which the reader does not use`);
    for (const x of ['niacinamide', 'hyaluronic-acid', 'peptides', 'ceramides'] as const) {
      if (NAMES[x].test(pairs.text) && !used.includes(x)) fail(`pairs well suggests ${x}`);
    }
  }
  if (/panthenol|centella(?! studies)/i.test(all)) fail('suggests an ingredient no source here supports');

  // The regulatory line names exosome products; no "has approved no product".
  for (const s of text.filter((t) => /FDA/.test(t))) {
    if (!/exosome product/i.test(s) || /approved no product/i.test(s)) fail(`regulatory line wider than its source: "${s}"`);
  }
  // No source cited for a claim it does not make: the EU ban is the regulation's, the survey is rosacea's.
  const ids = r.sources.map((s) => s.id);
  if (ids.includes('eu-cosmetics') !== /EU cosmetics/i.test(all)) fail('the EU ban and its regulation are not cited together');
  if (ids.includes('rosacea-survey') && !text.some((s) => /rosacea/i.test(s) && !/eczema and dermatitis\b(?!.*rosacea)/i.test(s))) fail('the rosacea survey cited without a rosacea statement');
  if (/rosacea, eczema and dermatitis/i.test(all)) fail('the rosacea survey stretched to eczema and dermatitis');

  // Said once, in plain words.
  if (a.skinNow === 'recent-procedure' && text.filter((s) => /\bheal/i.test(s)).length > 2) fail('healing said more than twice after a procedure');
  if (/for the rest\b/i.test(all)) fail('"for the rest" points at nothing');
  if (/ask again/i.test(all)) fail('"ask again" instead of "come back to this quiz"');
  if (/treatment your skin tolerates/i.test(all) && !reactsOf(a)) fail('"a treatment your skin tolerates" for skin that rarely or sometimes reacts');
  if (/balanced skin may enjoy/i.test(all) && !(a.skinNow === 'calm' && !reactsOf(a))) fail('"balanced skin may enjoy the ritual" for skin that is not calm or reacts');
  if (/granuloma/i.test(all) && a.skinNow !== 'recent-procedure') fail('granulomas said to a reader with no treated or broken skin');
  for (const s of text.filter((t) => /tretinoin/i.test(t))) if (!/is tretinoin/i.test(s)) fail(`"tretinoin" said of any prescription retinoid: "${s}"`);
  if (spec.verdict === 'optional') {
    for (const s of r.nextSteps.filter((t) => /serum|try one|add it/i.test(t))) if (!/^if you would like/i.test(s)) fail(`optional next step not framed as a choice: "${s}"`);
  }
  // One frequency: a serum next step says "as shown in your routine".
  for (const s of r.nextSteps.filter((t) => /\badd (the serum|it)\b/i.test(t))) if (!/as shown in your routine/i.test(s)) fail(`"${s}" gives its own frequency`);
}
