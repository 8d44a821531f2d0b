/**
 * Step two of a result: one plan for the reader (docs/rules.md, "Version 3:
 * one coherent plan"). Every part of the words (next steps, routine,
 * pairings, what helps instead, summary) reads this plan and never the
 * answers, so no two parts can disagree.
 */
import type { Answers } from './answers.js';
import type { Decision } from './decide.js';
import { serumFor } from './decide.js';
import { COME_BACK, type Action, type Active, type Care, type Caution, type ComeBack, type Concern, type SerumPlan } from './options.js';
import { NIGHT_ACTIVES, has, strongActives, supportiveConcerns, targetedConcerns } from './situation.js';

export interface ActivePlan {
  active: Active;
  action: Action;
  /** Where it sits in the routine; null while paused. */
  time: 'morning' | 'evening' | null;
}

export interface Plan {
  serum: SerumPlan;
  /** Every active the reader uses, in the order of the question. */
  actives: ActivePlan[];
  /** What must hold before a `not-now` reader comes back: one per matching row 1 to 4. */
  comeBack: ComeBack[];
  /** The supportive concerns a serum is for. */
  support: Concern[];
  /** The targeted concerns chosen: a serum is not expected to change them. */
  targeted: Concern[];
  /** Targeted concerns that get "what helps instead" (every verdict but `not-now`). */
  instead: Concern[];
  /** Why row 8 asks for care, when it matched. */
  care: Care[];
  cautions: Caution[];
  patchTest: boolean;
  /** Product names for breakouts, as "ask about", only for calm skin that rarely or sometimes reacts. */
  breakoutProducts: boolean;
  /** Sensitivity `often` or above: lines such as "a treatment your skin tolerates" are for this reader only. */
  reactive: boolean;
  /** A diagnosed skin condition: its redness is the dermatologist's, with no serum time frame. */
  condition: boolean;
  /** Redness chosen with a diagnosed condition: never among a serum's concerns (v4). */
  conditionRedness: boolean;
}


/** Part of the moisturizer step: never paused, whatever else is (v4, "Moisturising ingredients are never paused"). */
export const MOISTURIZING: readonly Active[] = ['hyaluronic-acid', 'ceramides'];

/** Sensitivity `often` or above: skin that reacts, or a diagnosed condition. */
export const reacts = (a: Answers) => a.sensitivity !== 'rarely' && a.sensitivity !== 'sometimes';
export const diagnosed = (a: Answers) => a.sensitivity === 'diagnosed-controlled' || a.sensitivity === 'diagnosed-flaring';

function actionFor(a: Answers, d: Decision, active: Active): Action {
  if (has(MOISTURIZING, active)) return 'keep';
  // Not now: the strong actives, vitamin C, niacinamide and peptides wait (v3 "What to pause"; v4).
  if (d.verdict === 'not-now') return 'pause';
  if (!has(strongActives(a), active)) return 'keep';
  const prescription = active === 'prescription-retinoid';
  const tight = a.skinNow === 'tight-or-flaky';
  // Unsettled skin that reacts pauses its strong actives until comfortable (v4; seed 000: "adding more
  // intensity is rarely the answer"); a prescription is its prescriber's call.
  if (tight && reacts(a)) return prescription ? 'ask' : 'pause';
  // Diagnosed skin decides with the dermatologist (v4; National Rosacea Society; AAD eczema care).
  if (diagnosed(a)) return 'ask';
  // Two retinoids: use one, and the prescriber says which (docs/rules.md item 6).
  if ((active === 'retinoid' || prescription) && has(a.actives, 'retinoid') && has(a.actives, 'prescription-retinoid')) return 'choose-one';
  // Lower the active's frequency first (seed 000; DermNet); a prescription's frequency is the prescriber's call.
  if (tight) return prescription ? 'ask' : 'reduce';
  return 'keep';
}

export function planFor(a: Answers, d: Decision): Plan {
  const actives = a.actives
    .filter((x) => x !== 'none')
    .map((active): ActivePlan => {
      const action = actionFor(a, d, active);
      return { active, action, time: action === 'pause' ? null : has(NIGHT_ACTIVES, active) ? 'evening' : 'morning' };
    });
  const targeted = targetedConcerns(a);
  const condition = diagnosed(a);
  // Rosacea redness is the dermatologist's: never among what a support serum is for (v4).
  const support = supportiveConcerns(a).filter((c) => !(condition && c === 'redness'));
  const row8 = d.rows.includes(8);
  const care: Care[] = !row8
    ? []
    : [
        ...(a.sensitivity === 'often' ? (['reacts'] as const) : []),
        ...(a.sensitivity === 'diagnosed-controlled' ? (['condition'] as const) : []),
        ...(a.skinNow === 'tight-or-flaky' ? (['tight'] as const) : []),
        ...(targeted.length && supportiveConcerns(a).length ? (['targeted'] as const) : []),
      ];
  return {
    serum: serumFor(d),
    actives,
    comeBack: d.rows.filter((row) => row <= 4).map((row) => COME_BACK[row - 1]!),
    support,
    targeted,
    instead: d.verdict === 'not-now' ? [] : targeted,
    care,
    cautions: [
      // Retinoids are not used in pregnancy (AAD; tretinoin and tazarotene labels).
      ...(actives.some((x) => x.active === 'retinoid' || x.active === 'prescription-retinoid') ? (['pregnancy'] as const) : []),
      // See a doctor if it blisters, swells, spreads or does not settle (AAD).
      ...(a.skinNow === 'irritated' ? (['get-help'] as const) : []),
      // A dermatologist's patch testing finds what skin reacts to (AAD contact dermatitis).
      ...(a.sensitivity === 'most-products' ? (['allergy-test'] as const) : []),
    ],
    patchTest: a.sensitivity !== 'rarely',
    breakoutProducts: (a.sensitivity === 'rarely' || a.sensitivity === 'sometimes') && a.skinNow === 'calm',
    reactive: reacts(a),
    condition,
    conditionRedness: condition && has(a.concerns, 'redness'),
  };
}
