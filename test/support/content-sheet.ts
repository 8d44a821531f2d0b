/**
 * The content sheet (docs/content-sheet.md): every sentence the widget can
 * show a reader, from the same catalog the result uses
 * (src/rules/result-text.ts), each with who sees it in words, the sources it
 * rests on, and how many of the 37,748,736 answer sets see it.
 *
 * Counting: a result's sentences depend on the concerns only through which
 * targeted concerns were chosen, how many supportive ones (none, one or two,
 * three or more) and `just-curious`, and on the actives only through the
 * strong ones, vitamin C, any of niacinamide, hyaluronic acid or peptides,
 * and ceramides. So every class of answer sets is run once, with its size as
 * its weight: 221,184 results instead of 37.7 million. `sameClassSameLines`
 * checks that assumption on a sample of the whole space.
 */
import {
  EXPECTATIONS,
  SENSITIVITIES,
  SKIN_NOW,
  SUPPORTIVE_CONCERNS,
  TARGETED_CONCERNS,
  type Active,
  type Answers,
  type Concern,
} from '../../src/rules/index.js';
import * as catalog from '../../src/rules/result-text.js';
import { recommendWithLines } from '../../src/rules/recommend.js';
import { ALL_ACTIVE_SETS, ALL_CONCERN_SETS } from './answer-space.js';

type Line = catalog.Line;
const SUPPORTIVE_ACTIVE_SERUMS: readonly Active[] = ['niacinamide', 'hyaluronic-acid', 'peptides'];
const STRONG: readonly Active[] = ['retinoid', 'prescription-retinoid', 'exfoliating-acids', 'benzoyl-peroxide'];

/** Who sees each sentence, in words, and the section it sits in. Keys are the catalog's export names. */
export const WHEN: Record<string, [section: string, who: string]> = {
  SUMMARY_1: ['Summary', 'any reader whose skin was recently treated or is broken (row 1)'],
  SUMMARY_2: ['Summary', 'a reader whose diagnosed condition is flaring (row 2), unless row 1 decided'],
  SUMMARY_3: ['Summary', 'a reader whose skin is irritated right now (row 3), unless rows 1 or 2 decided'],
  SUMMARY_4: ['Summary', 'a reader whose skin reacts to most products (row 4), unless rows 1 to 3 decided'],
  SUMMARY_5: ['Summary', 'a reader who wants a change within 2 weeks (row 5), unless rows 1 to 4 decided'],
  SUMMARY_6: ['Summary', 'a reader who chose only targeted concerns (row 6), unless rows 1 to 5 decided'],
  SUMMARY_7: ['Summary', 'a reader who is just curious (row 7), unless rows 1 to 5 decided'],
  SUMMARY_9: ['Summary', 'a good fit (row 9)'],
  SUMMARY_PARTS: ['Summary', 'a fit with care through a targeted concern beside supportive ones: both parts named'],
  SUMMARY_CARE_TOO: ['Summary', 'a fit with care for reacting skin, a diagnosed condition or tight, flaky skin'],
  IF_PATIENT: ['Summary', 'a reader in a hurry whose answer with patience would be a serum verdict'],
  PATIENCE_SAME: ['Summary', 'a reader in a hurry whose answer patience would not change'],
  HEADLINE_4: ['Summary', 'the headline for a reader whose skin reacts to most products, when row 4 decides'],
  NEXT_HEAL: ['Next steps', 'any reader whose skin was recently treated or is broken'],
  NEXT_FLARE: ['Next steps', 'a reader whose diagnosed condition is flaring'],
  NEXT_PAUSE: ['Next steps', 'a not-now reader who uses a strong active or vitamin C (after a procedure: any active)'],
  NEXT_BASICS: ['Next steps', 'a not-now reader with nothing to pause, no procedure and no flare'],
  NEXT_INSTEAD: ['Next steps', 'any reader but not-now who chose a targeted concern'],
  NEXT_KEEP: ['Next steps', 'a reader with no serum on the table now who keeps a strong active as it is'],
  NEXT_REDUCE: ['Next steps', 'a reader with tight, flaky skin who uses a retinoid, acids or benzoyl peroxide (not not-now)'],
  NEXT_ASK: ['Next steps', 'a reader with tight, flaky skin on a prescription retinoid alone (not not-now)'],
  NEXT_CHOOSE: ['Next steps', 'a reader on both a retinoid and a prescription retinoid (not not-now)'],
  NEXT_MOISTURIZE: ['Next steps', 'a reader who wants a change within 2 weeks, when row 5 decides'],
  NEXT_PATCH: ['Next steps', 'a serum verdict for skin that reacts more than rarely, when there is room'],
  NEXT_START: ['Next steps', 'a serum verdict (good fit, fit with care, optional), when there is room'],
  NEXT_JUDGE: ['Next steps', 'a good fit or a fit with care, when there is room'],
  CAUTION_PREGNANCY: ['Take care', 'any reader using a retinoid or a prescription retinoid'],
  CAUTION_GET_HELP: ['Take care', 'any reader whose skin is irritated right now'],
  CAUTION_ALLERGY_TEST: ['Take care', 'any reader whose skin reacts to most products'],
  REASON_1: ['Why', 'any reader whose skin was recently treated or is broken'],
  REASON_2: ['Why', 'any reader whose diagnosed condition is flaring'],
  REASON_3: ['Why', 'any reader whose skin is irritated right now'],
  REASON_4: ['Why', 'any reader whose skin reacts to most products'],
  REASON_5: ['Why', 'any reader who wants a change within 2 weeks'],
  REASON_BREAKOUTS: ['Why', 'a reader who chose active breakouts and no supportive concern'],
  REASON_PIGMENTATION: ['Why', 'a reader who chose stubborn pigmentation and no supportive concern'],
  REASON_SCARS: ['Why', 'a reader who chose acne scars and no supportive concern'],
  REASON_7: ['Why', 'a reader who is just curious'],
  REASON_REACTS: ['Why', 'a reader whose skin often reacts'],
  REASON_CONDITION: ['Why', 'a reader with a diagnosed condition under control'],
  REASON_TIGHT: ['Why', 'a reader whose skin is tight or flaky'],
  REASON_TARGETED: ['Why', 'a targeted concern beside supportive ones, when it is the only reason for care'],
  REASON_SUPPORT: ['Why', 'a good fit or fit with care (or either with patience) with one or two supportive concerns, or more beside a targeted one'],
  REASON_SUPPORT_ALL: ['Why', 'the same, with three or more supportive concerns and no targeted one'],
  REASON_STRONG: ['Why', 'a good fit or fit with care, now, for a reader on a strong active'],
  INSTEAD_BREAKOUTS_ASK: ['What helps instead', 'breakouts, calm skin that rarely or sometimes reacts, no acne treatment yet (not not-now)'],
  INSTEAD_BREAKOUTS_SEE: ['What helps instead', 'breakouts, any other reader without a diagnosed condition (not not-now)'],
  INSTEAD_BREAKOUTS_CONDITION: ['What helps instead', 'breakouts, a reader with a diagnosed condition (not not-now)'],
  INSTEAD_PIGMENTATION: ['What helps instead', 'stubborn pigmentation (not not-now)'],
  INSTEAD_SCARS: ['What helps instead', 'acne scars (not not-now)'],
  ROUTINE_CLEANSE_MORNING: ['Routine', 'every reader'],
  ROUTINE_CLEANSE_EVENING: ['Routine', 'every reader'],
  ROUTINE_SERUM_MORNING: ['Routine', 'a serum now, or with patience'],
  ROUTINE_SERUM_EVERY_NIGHT: ['Routine', 'a serum now or with patience, for a reader with no retinoid or acids'],
  ROUTINE_SERUM_OTHER_NIGHTS: ['Routine', 'a serum now or with patience, for a reader on a retinoid or acids'],
  ROUTINE_WATER_SERUMS: ['Routine', 'a reader (not not-now) using vitamin C, niacinamide, hyaluronic acid or peptides'],
  ROUTINE_KEPT_SERUMS: ['Routine', 'a not-now reader (no procedure) using niacinamide, hyaluronic acid or peptides'],
  ROUTINE_PEROXIDE: ['Routine', 'a reader (not not-now) using benzoyl peroxide'],
  ROUTINE_NIGHTS: ['Routine', 'a reader (not not-now) using a retinoid or acids'],
  ROUTINE_MOISTURIZE: ['Routine', 'every reader who does not use ceramides (kept)'],
  ROUTINE_MOISTURIZE_EVENING: ['Routine', 'every reader'],
  ROUTINE_CERAMIDES: ['Routine', 'a reader who keeps ceramides'],
  ROUTINE_SUNSCREEN: ['Routine', 'every reader'],
  ROUTINE_COME_BACK: ['Routine', 'every not-now reader, with the condition of each matching row'],
  ROUTINE_RESTART: ['Routine', 'a not-now reader with something paused'],
  PAIRS_WELL: ['Pairings', 'a reader with a serum now or later, or not-now, who uses a supportive active; or, with a serum and no minimal routine, uses none'],
  WITH_CARE: ['Pairings', 'a serum now or with patience, for a reader on a retinoid or acids'],
  CONFLICT_RETINOID_ACIDS: ['Pairings', 'any reader using a retinoid and acids'],
  CONFLICT_PRESCRIPTION_ACIDS: ['Pairings', 'any reader using a prescription retinoid and acids'],
  CONFLICT_PEROXIDE_TRETINOIN: ['Pairings', 'any reader using benzoyl peroxide and a prescription retinoid'],
  CONFLICT_TWO_RETINOIDS: ['Pairings', 'any reader using both retinoids'],
  ONE_AT_A_TIME: ['Pairings', 'every reader'],
  PATCH_TEST: ['Patch test', 'any reader whose skin reacts more than rarely'],
  BUYING_SOURCING: ['Buying', 'a serum now or with patience'],
  BUYING_CLAIMS: ['Buying', 'a serum now or with patience'],
  BUYING_FRAGRANCE_FREE: ['Buying', 'a serum now or with patience, skin that rarely reacts'],
  BUYING_FRAGRANCE_FREE_STRESSED: ['Buying', 'a serum now or with patience, skin that reacts more than rarely'],
  BUYING_PRICE: ['Buying', 'a serum now or with patience'],
  BUYING_ONE_PRODUCT: ['Buying', 'a serum now or with patience'],
  DISCLAIMER: ['Disclaimer', 'every reader'],
};

const SECTIONS = ['Summary', 'Next steps', 'Take care', 'Why', 'What helps instead', 'Routine', 'Pairings', 'Patch test', 'Buying', 'Disclaimer'];

/** The catalog's sentences by export name (fragments and tables aside). */
export const LINES: Array<[string, Line]> = Object.keys(WHEN).map((name) => [name, (catalog as unknown as Record<string, Line>)[name]!]);

interface Klass<T> {
  sample: T;
  weight: number;
}

/** Sets grouped by key: the first set of each class stands for it, weighted by the class's size. */
function classes<T>(sets: readonly T[], key: (set: T) => string): Array<Klass<T>> {
  const by = new Map<string, Klass<T>>();
  for (const set of sets) {
    const k = by.get(key(set));
    if (k) k.weight++;
    else by.set(key(set), { sample: set, weight: 1 });
  }
  return [...by.values()];
}

/** Concern classes: targeted set × supportive count (0, 1 to 2, 3+), and just-curious. */
export function concernClasses(): Array<Klass<Concern[]>> {
  return classes(ALL_CONCERN_SETS, concernKey);
}
function concernKey(set: readonly Concern[]): string {
  const support = set.filter((c) => SUPPORTIVE_CONCERNS.includes(c)).length;
  return `${set.includes('just-curious')}|${set.filter((c) => TARGETED_CONCERNS.includes(c)).join()}|${support === 0 ? 0 : support < 3 ? 1 : 3}`;
}

/** Active classes: strong set × vitamin C × any of niacinamide, hyaluronic acid, peptides × ceramides. */
export function activeClasses(): Array<Klass<Active[]>> {
  return classes(ALL_ACTIVE_SETS, activeKey);
}
function activeKey(set: readonly Active[]): string {
  const has = (x: Active) => set.includes(x);
  return [STRONG.filter(has).join(), has('vitamin-c'), SUPPORTIVE_ACTIVE_SERUMS.some(has), has('ceramides')].join('|');
}

/** How many answer sets of the whole space show each sentence, and each verdict. */
export function countLines(): { lines: Map<Line, number>; verdicts: Map<string, number>; total: number } {
  const lines = new Map<Line, number>();
  const verdicts = new Map<string, number>();
  let total = 0;
  const actives = activeClasses();
  for (const c of concernClasses())
    for (const x of actives)
      for (const sensitivity of SENSITIVITIES)
        for (const skinNow of SKIN_NOW)
          for (const expectations of EXPECTATIONS) {
            const weight = c.weight * x.weight;
            const { result, lines: said } = recommendWithLines({ concerns: c.sample, actives: x.sample, sensitivity, skinNow, expectations });
            total += weight;
            verdicts.set(result.verdict, (verdicts.get(result.verdict) ?? 0) + weight);
            for (const line of said) lines.set(line, (lines.get(line) ?? 0) + weight);
          }
  return { lines, verdicts, total };
}

/** The class assumption, checked: answer sets in one class show the same sentences as its sample. */
export function sameClassSameLines(answers: readonly Answers[]): string[] {
  const concerns = new Map(concernClasses().map((k) => [concernKey(k.sample), k.sample]));
  const actives = new Map(activeClasses().map((k) => [activeKey(k.sample), k.sample]));
  const names = new Map(LINES.map(([name, line]) => [line, name]));
  const ids = (a: Answers) => [...recommendWithLines(a).lines].map((l) => names.get(l) ?? '?').sort().join();
  return answers.flatMap((a) => {
    const sample = { ...a, concerns: concerns.get(concernKey(a.concerns))!, actives: actives.get(activeKey(a.actives))! };
    return ids(a) === ids(sample) ? [] : [`${JSON.stringify(a)} shows other sentences than its class`];
  });
}

/** An example fill for each sentence with a blank, as a reader would see it. */
const EXAMPLE: Record<string, string> = {
  SUMMARY_PARTS: 'Dullness and dehydration are what a support serum is for; acne scars need targeted treatment',
  SUMMARY_CARE_TOO: 'skin that reacts easily and tight, flaky skin',
  IF_PATIENT: 'A good fit',
  NEXT_PAUSE: 'retinoid and vitamin C',
  NEXT_KEEP: 'benzoyl peroxide and prescription retinoid',
  NEXT_REDUCE: 'exfoliating acids',
  NEXT_ASK: 'prescription retinoid',
  REASON_SUPPORT: 'Dehydration and fine lines are',
  ROUTINE_WATER_SERUMS: 'vitamin C and niacinamide',
  ROUTINE_KEPT_SERUMS: 'niacinamide',
  ROUTINE_PEROXIDE: ', less often',
  ROUTINE_NIGHTS: 'On retinoid or acid nights: one a night, less often, instead of the serum',
  ROUTINE_COME_BACK: 'your skin has healed (after a procedure, usually about 7 days) and a dermatologist has the flare under control',
  ROUTINE_RESTART: 'retinoid and vitamin C',
  PAIRS_WELL: 'niacinamide and peptides, which you use',
  WITH_CARE: 'retinoid and acids',
};
const words = (name: string, line: Line): string => {
  const text = Array.isArray(line) ? line[0] : line;
  return typeof text === 'string' ? text : `${text(`‹${EXAMPLE[name]}›`)} (example)`;
};
const cites = (line: Line) => (Array.isArray(line) ? (line.slice(1) as catalog.SourceId[]) : []);
const share = (n: number, total: number) => `${n.toLocaleString('en')} (${((100 * n) / total).toFixed(1)} %)`;
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The sheet as Markdown. */
export function contentSheet(): string {
  const { lines, verdicts, total } = countLines();
  const out: string[] = [
    '# Content sheet',
    '',
    'Every sentence the widget can show a reader about their skin, generated by `npm run sheet` from the',
    "catalog the result itself uses (`src/rules/result-text.ts`). For each: who sees it, the sources it rests",
    `on, and how many of the ${total.toLocaleString('en')} answer sets see it. Words in ‹angle quotes› are an`,
    "example of the reader's own (their actives or concerns). The decisions behind them are in `docs/rules.md`. A unit test fails",
    'when this file is out of date.',
    '',
    '## Verdicts',
    '',
    '| verdict | headline | answer sets |',
    '| --- | --- | --- |',
    ...Object.entries(catalog.VERDICT_TEXT).map(([id, v]) => `| ${v.label} | ${v.headline} | ${share(verdicts.get(id) ?? 0, total)} |`),
    '',
    '## Referrals',
    '',
    ...Object.values(catalog.REFERRAL_TEXT).map((text) => `- ${text}`),
    '',
  ];
  for (const section of SECTIONS) {
    out.push(`## ${section}`, '', '| sentence | who sees it | sources | answer sets |', '| --- | --- | --- | --- |');
    for (const [name, line] of LINES.filter(([name]) => WHEN[name]![0] === section)) {
      const sources = cites(line).map((id) => catalog.SOURCE_TEXT[id]).join('; ') || '—';
      out.push(`| ${cell(words(name, line))} | ${WHEN[name]![1]} | ${sources} | ${share(lines.get(line) ?? 0, total)} |`);
    }
    out.push('');
  }
  out.push('## When to come back (inside the routine\'s note)', '');
  for (const text of Object.values(catalog.COME_BACK_TEXT)) out.push(`- …once ${text}`);
  out.push('', '## What to expect, by concern', '', '| title | time frame | text | sources |', '| --- | --- | --- | --- |');
  for (const [title, timeframe, text, ...sources] of Object.values(catalog.EXPECTATION_TOPIC)) {
    out.push(`| ${title} | ${timeframe ?? '—'} | ${text || '(the concerns named)'} | ${sources.map((id) => catalog.SOURCE_TEXT[id]).join('; ') || '—'} |`);
  }
  out.push('', '## Sources', '', ...Object.values(catalog.SOURCE_TEXT).map((text) => `- ${text}`), '');
  return out.join('\n');
}

