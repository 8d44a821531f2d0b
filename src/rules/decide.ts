/**
 * Step one of a result: the verdict and the referral, from the precedence
 * table of docs/rules.md ("Verdicts and precedence"). The first row that
 * matches sets the verdict; every row that matches still counts for the
 * plan (plan.ts) and the reasons.
 */
import type { AnswerField, Answers } from './answers.js';
import { type Referral, type Verdict, servesSerum } from './options.js';
import { supportiveConcerns, targetedConcerns } from './situation.js';

export interface Decision {
  verdict: Verdict;
  referral: Referral;
  /** The row that set the verdict (9: "otherwise"). */
  deciding: number;
  /** Every row that matched, in order; 9 too when the verdict, or `ifPatient`, supports a serum. */
  rows: number[];
  /** Row 5: the verdict rows 6 to 9 give. */
  ifPatient?: Verdict;
}

/** A row that one answer decides: field, option, verdict, referral (rows 1 to 5 and 7). */
export type SimpleRow = readonly [AnswerField, string, Verdict, Referral];

/** docs/rules.md rows 1 to 5 and 7; each row's source is in docs/rules.md and on its reason. */
export const SIMPLE_ROWS: Record<number, SimpleRow> = {
  // 1: aftercare first; granulomas after products on open skin (Kwon 2020; JAMA Dermatology 2014).
  1: ['skinNow', 'recent-procedure', 'not-now', 'practitioner'],
  // 2: a flare needs diagnosis and treatment first (AAD; DermNet).
  2: ['sensitivity', 'diagnosed-flaring', 'not-now', 'dermatologist'],
  // 3: calm first (seed 000: "adding more intensity is rarely the answer").
  3: ['skinNow', 'irritated', 'not-now', 'none'],
  // 4: a basic routine first (seed 001: "if you're sensitive ... probably aren't your answer").
  4: ['sensitivity', 'most-products', 'not-now', 'none'],
  // 5: visible change takes weeks (seed 001: "expecting quick fixes"; AAD).
  5: ['expectations', 'days', 'not-the-right-tool', 'none'],
  // 7: balanced skin may enjoy it; it is not needed (seed 001).
  7: ['concerns', 'just-curious', 'optional', 'none'],
};

export function decide(a: Answers): Decision {
  const support = supportiveConcerns(a).length > 0;
  const targeted = targetedConcerns(a).length > 0;
  const matched: Array<[number, Verdict, Referral]> = [];
  for (let row = 1; row <= 8; row++) {
    const simple = SIMPLE_ROWS[row];
    if (simple) {
      const [field, option, verdict, referral] = simple;
      const given = a[field];
      if (given === option || given[0] === option) matched.push([row, verdict, referral]);
    } else if (row === 6) {
      // 6: targeted concerns alone need targeted treatment (seed 000: "a serum alone may not be enough").
      if (!support && targeted) matched.push([6, 'not-the-right-tool', 'dermatologist']);
    } else if (
      // 8: the whole formula decides tolerance; support, not substitute (seed 000; rosacea survey).
      a.sensitivity === 'often' ||
      a.sensitivity === 'diagnosed-controlled' ||
      a.skinNow === 'tight-or-flaky' ||
      (support && targeted)
    ) {
      matched.push([8, 'fits-with-care', a.sensitivity === 'diagnosed-controlled' || targeted ? 'dermatologist' : 'none']);
    }
  }
  // Row 9, "otherwise": what topical studies measured (Centella 2025; Proffer 2022; Cho 2020).
  const [deciding, verdict] = matched[0] ?? [9, 'good-fit'];
  const ifPatient = deciding === 5 ? (matched.find((m) => m[0] >= 6)?.[1] ?? 'good-fit') : undefined;
  const supported = ifPatient ?? verdict;
  return {
    verdict,
    referral: matched.find((m) => m[2] !== 'none')?.[2] ?? 'none',
    deciding,
    rows: [...matched.map((m) => m[0]), ...(supported === 'good-fit' || supported === 'fits-with-care' ? [9] : [])],
    ...(ifPatient && { ifPatient }),
  };
}

/** Whether a serum is on the table: now, only with patience (row 5), or not at all (docs/rules.md v3). */
export const serumFor = (d: Decision) =>
  servesSerum(d.verdict) ? 'now' : d.ifPatient && servesSerum(d.ifPatient) ? 'if-patient' : 'none';
