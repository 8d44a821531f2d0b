import type { Answers } from '../../src/rules/answers.js';

/** Answer sets the browser suites walk through, one per kind of result. */
export const goodFit: Answers = {
  concerns: ['dullness', 'dehydration'],
  actives: ['retinoid', 'niacinamide'],
  sensitivity: 'rarely',
  skinNow: 'calm',
  expectations: 'weeks',
};
export const withCare: Answers = { ...goodFit, sensitivity: 'often', skinNow: 'tight-or-flaky' };
export const notNow: Answers = { ...goodFit, actives: ['none'], skinNow: 'irritated' };
export const wrongTool: Answers = { ...goodFit, concerns: ['active-breakouts'], expectations: 'days' };
export const optional: Answers = { ...goodFit, concerns: ['just-curious'], expectations: 'ritual' };
/** Row 6 alone: melasma-like pigment, no serum on the table. */
export const targetedOnly: Answers = { ...goodFit, concerns: ['stubborn-pigmentation'], actives: ['vitamin-c'] };
