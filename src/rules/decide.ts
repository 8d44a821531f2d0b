/**
 * Step one of a result: the verdict and the referral, from the precedence
 * table of docs/rules.md ("Verdicts and precedence"). The first row that
 * matches sets the verdict; every row that matches still counts for the
 * plan (plan.ts) and the reasons.
 */
import type { Answers } from './answers.js';
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

interface Row {
  when(a: Answers): boolean;
  verdict: Verdict;
  referral(a: Answers): Referral;
}

const none = (): Referral => 'none';
const both = (a: Answers) => targetedConcerns(a).length > 0 && supportiveConcerns(a).length > 0;

/** docs/rules.md rows 1 to 8, in order; each row's source is in docs/rules.md. */
const ROWS: readonly Row[] = [
  // 1: aftercare first; granulomas after products on open skin (Kwon 2020; JAMA Dermatology 2014).
  { when: (a) => a.skinNow === 'recent-procedure', verdict: 'not-now', referral: () => 'practitioner' },
  // 2: a flare needs diagnosis and treatment first (AAD; DermNet).
  { when: (a) => a.sensitivity === 'diagnosed-flaring', verdict: 'not-now', referral: () => 'dermatologist' },
  // 3: calm first (seed 000: "adding more intensity is rarely the answer").
  { when: (a) => a.skinNow === 'irritated', verdict: 'not-now', referral: none },
  // 4: a basic routine first (seed 001: "if you're sensitive ... probably aren't your answer").
  { when: (a) => a.sensitivity === 'most-products', verdict: 'not-now', referral: none },
  // 5: visible change takes weeks (seed 001: "expecting quick fixes"; AAD).
  { when: (a) => a.expectations === 'days', verdict: 'not-the-right-tool', referral: none },
  // 6: targeted concerns alone need targeted treatment (seed 000: "a serum alone may not be enough").
  {
    when: (a) => supportiveConcerns(a).length === 0 && targetedConcerns(a).length > 0,
    verdict: 'not-the-right-tool',
    referral: () => 'dermatologist',
  },
  // 7: balanced skin may enjoy it; it is not needed (seed 001).
  { when: (a) => a.concerns[0] === 'just-curious', verdict: 'optional', referral: none },
  // 8: the whole formula decides tolerance; support, not substitute (seed 000; rosacea survey).
  {
    when: (a) =>
      a.sensitivity === 'often' || a.sensitivity === 'diagnosed-controlled' || a.skinNow === 'tight-or-flaky' || both(a),
    verdict: 'fits-with-care',
    referral: (a) => (a.sensitivity === 'diagnosed-controlled' || both(a) ? 'dermatologist' : 'none'),
  },
];

export function decide(a: Answers): Decision {
  const matched = ROWS.flatMap((row, i) => (row.when(a) ? [{ row, n: i + 1 }] : []));
  const first = matched[0];
  // Row 9, "otherwise": what topical studies measured (Centella 2025; Proffer 2022; Cho 2020).
  const verdict = first?.row.verdict ?? 'good-fit';
  const deciding = first?.n ?? 9;
  const ifPatient = deciding === 5 ? (matched.find((m) => m.n >= 6)?.row.verdict ?? 'good-fit') : undefined;
  let referral: Referral = 'none';
  for (const m of matched) if ((referral = m.row.referral(a)) !== 'none') break;
  const supported = ifPatient ?? verdict;
  const rows = [...matched.map((m) => m.n), ...(supported === 'good-fit' || supported === 'fits-with-care' ? [9] : [])];
  return { verdict, referral, deciding, rows, ...(ifPatient && { ifPatient }) };
}

/** Whether a serum is on the table: now, only with patience (row 5), or not at all (docs/rules.md v3). */
export const serumFor = (d: Decision) =>
  servesSerum(d.verdict) ? 'now' : d.ifPatient && servesSerum(d.ifPatient) ? 'if-patient' : 'none';
