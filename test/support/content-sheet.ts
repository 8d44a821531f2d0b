/**
 * The content sheet (docs/content-sheet.md): every sentence a result can
 * show, by message id (src/messages/result.ts), each with who sees it in
 * words, the sources it rests on (src/rules/sources.ts), and how many of the
 * 37,748,736 answer sets actually see it (docs/rules.md v4, "The content
 * sheet an editor signs": a headline is counted only where it is shown).
 *
 * Counting: apart from "what to expect", a result's sentences depend on the
 * concerns only through which targeted concerns were chosen, whether redness
 * was, how many other supportive ones (none, one, two, three or more) and
 * `just-curious`, and on the actives only through the strong ones and three
 * questions about the others (activeClasses). So
 * every class of answer sets is run once, weighted by its size. "What to
 * expect" depends on the concerns and the sensitivity alone, so it is counted
 * over every concern set and sensitivity. `sameClassSameLines` checks the
 * class assumption on a sample of the whole space.
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
import { RESULT, type MessageId } from '../../src/messages/result.js';
import { SOURCE_SHORT } from '../../src/messages/sources.js';
import { recommendWithLines } from '../../src/rules/recommend.js';
import { CITES, REFERENCES, SOURCE_IDS, fullReference } from '../../src/rules/sources.js';
import { ALL_ACTIVE_SETS, ALL_CONCERN_SETS } from './answer-space.js';

const STRONG: readonly Active[] = ['retinoid', 'prescription-retinoid', 'exfoliating-acids', 'benzoyl-peroxide'];
const SERUM_NOW_OR_LATER = 'a serum now, or with patience ("if you give it time")';

/** Who sees each sentence, in words, and the section it sits in: every message of the result, by id. */
export const WHEN: Record<MessageId, [section: string, who: string]> = {
  'verdict.good-fit': ['Verdict', 'row 9: no hold-off, no hurry, supportive concerns, no reason for care; also named in the summary of a reader in a hurry who would get it with patience'],
  'verdict.fits-with-care': ['Verdict', 'row 8: skin that often reacts, a diagnosed condition under control, tight or flaky skin, or a targeted concern beside supportive ones; also named in the summary of a reader in a hurry who would get it with patience'],
  'verdict.optional': ['Verdict', 'row 7: just curious; also named inside the summary of a reader in a hurry who would get it with patience'],
  'verdict.not-now': ['Verdict', 'rows 1 to 4: treated or broken skin, a flare, irritated skin, or skin that reacts to most products'],
  'verdict.not-the-right-tool': ['Verdict', 'row 5 (a change within 2 weeks) or row 6 (only targeted concerns)'],
  'headline.good-fit': ['Headline', 'a good fit'],
  'headline.fits-with-care': ['Headline', 'a fit with care'],
  'headline.optional': ['Headline', 'optional'],
  'headline.not-now': ['Headline', 'not now, unless row 4 decided (skin that reacts to most products)'],
  'headline.not-the-right-tool': ['Headline', 'not the right tool'],
  'headline.basics-first': ['Headline', 'not now because the skin reacts to most products (row 4 decided)'],
  'referral.dermatologist': ['Referral', 'a flare, a diagnosed condition under control, or any targeted concern; not after a procedure'],
  'referral.practitioner': ['Referral', 'any reader whose skin was recently treated or is broken'],
  'summary.procedure': ['Summary', 'any reader whose skin was recently treated or is broken (row 1)'],
  'summary.flare': ['Summary', 'a flaring condition (row 2), unless row 1 decided'],
  'summary.irritated': ['Summary', 'irritated skin (row 3), unless rows 1 or 2 decided'],
  'summary.most-products': ['Summary', 'skin that reacts to most products (row 4), unless rows 1 to 3 decided'],
  'summary.days': ['Summary', 'a change wanted within 2 weeks (row 5), unless rows 1 to 4 decided'],
  'summary.targeted': ['Summary', 'only targeted concerns (row 6), unless rows 1 to 5 decided'],
  'summary.curious': ['Summary', 'just curious (row 7), unless rows 1 to 5 decided'],
  'summary.good-fit': ['Summary', 'a good fit (row 9)'],
  'summary.parts': ['Summary', 'a fit with care through a targeted concern beside supportive ones that a serum is for'],
  'summary.targeted-only': ['Summary', 'a fit with care through a targeted concern beside redness alone, with a diagnosed condition (the redness is the dermatologist\'s)'],
  'summary.care': ['Summary', 'a fit with care for skin that often reacts, a diagnosed condition or tight, flaky skin'],
  'summary.if-patient': ['Summary', 'a reader in a hurry whose answer with patience differs'],
  'summary.patience-same': ['Summary', 'a reader in a hurry whose answer patience would not change'],
  'care.reacts': ['Summary', 'inside "Start with care: you have …": skin that often reacts'],
  'care.condition': ['Summary', 'inside "Start with care: you have …": a diagnosed condition under control'],
  'care.tight': ['Summary', 'inside "Start with care: you have …": tight or flaky skin'],
  'next.flare': ['Next steps', 'a flaring condition'],
  'next.pause': ['Next steps', 'not now, using any active but hyaluronic acid and ceramides, no prescription retinoid'],
  'next.pause.prescription': ['Next steps', 'not now, on a prescription retinoid'],
  'next.pause-until-comfortable': ['Next steps', 'tight or flaky skin that often reacts, on a retinoid, acids or benzoyl peroxide (no diagnosed condition)'],
  'next.pause-until-comfortable.dermatologist': ['Next steps', 'the same, with a diagnosed condition under control'],
  'next.basics': ['Next steps', 'not now, with no flare and nothing to pause'],
  'next.instead': ['Next steps', 'any targeted concern, not now aside, when there is room'],
  'next.keep': ['Next steps', 'no serum now, strong actives kept as they are, when there is room'],
  'next.reduce': ['Next steps', 'tight or flaky skin that rarely or sometimes reacts, on a retinoid, acids or benzoyl peroxide'],
  'next.ask-prescriber': ['Next steps', 'tight or flaky skin on a prescription retinoid, no diagnosed condition'],
  'next.ask-dermatologist': ['Next steps', 'a diagnosed condition under control, calm skin, on a retinoid, acids or benzoyl peroxide'],
  'next.choose': ['Next steps', 'both retinoids, calm skin or skin that rarely or sometimes reacts, no diagnosed condition'],
  'next.moisturize': ['Next steps', 'a change wanted within 2 weeks, when row 5 decides'],
  'next.patch': ['Next steps', 'a good fit or fit with care for skin that reacts more than rarely, nothing paused or reduced, when there is room'],
  'next.start': ['Next steps', 'a good fit or fit with care, nothing paused or reduced, when there is room'],
  'next.calm-first': ['Next steps', 'a good fit or fit with care after a pause or reduce step, skin that rarely reacts'],
  'next.calm-first.patch': ['Next steps', 'the same, skin that reacts more than rarely'],
  'next.optional': ['Next steps', 'optional, skin that rarely reacts, nothing paused or reduced'],
  'next.optional.patch': ['Next steps', 'optional, skin that reacts more than rarely, nothing paused or reduced'],
  'next.optional.calm-first': ['Next steps', 'optional after a pause or reduce step, skin that rarely reacts'],
  'next.optional.calm-first.patch': ['Next steps', 'optional after a pause or reduce step, skin that reacts more than rarely'],
  'next.judge': ['Next steps', 'a good fit or fit with care, when there is room'],
  'caution.pregnancy': ['Take care', 'any reader on a retinoid or a prescription retinoid'],
  'caution.get-help': ['Take care', 'irritated skin'],
  'caution.allergy-test': ['Take care', 'skin that reacts to most products'],
  'reason.procedure': ['Why', 'treated or broken skin'],
  'reason.flare': ['Why', 'a flaring condition'],
  'reason.irritated': ['Why', 'irritated skin'],
  'reason.most-products': ['Why', 'skin that reacts to most products'],
  'reason.days': ['Why', 'a change wanted within 2 weeks'],
  'reason.breakouts': ['Why', 'active breakouts and no supportive concern'],
  'reason.pigmentation': ['Why', 'stubborn pigmentation and no supportive concern'],
  'reason.scars': ['Why', 'acne scars and no supportive concern'],
  'reason.curious': ['Why', 'just curious, calm skin that rarely or sometimes reacts'],
  'reason.curious.not-needed': ['Why', 'just curious, any other skin'],
  'reason.reacts': ['Why', 'skin that often reacts, with a serum now or later'],
  'reason.condition': ['Why', 'a diagnosed condition under control'],
  'reason.tight': ['Why', 'tight or flaky skin'],
  'reason.targeted': ['Why', 'a targeted concern beside supportive ones, when it is the only reason for care'],
  'reason.support.one': ['Why', 'a good fit or fit with care (or either with patience) with one concern a serum is for'],
  'reason.support.other': ['Why', 'the same, with two, or three or more beside a targeted one'],
  'reason.support-all': ['Why', 'the same, with three or more and no targeted one'],
  'reason.strong': ['Why', 'a good fit or fit with care, now, keeping a strong active as it is'],
  'instead.breakouts.ask': ['What helps instead', 'breakouts, calm skin that rarely or sometimes reacts, no acne treatment yet (not not-now)'],
  'instead.breakouts.see': ['What helps instead', 'breakouts, any other reader who rarely or sometimes reacts, no diagnosed condition (not not-now)'],
  'instead.breakouts.see.reactive': ['What helps instead', 'breakouts, skin that often reacts (not not-now)'],
  'instead.breakouts.condition': ['What helps instead', 'breakouts with a diagnosed condition (not not-now)'],
  'instead.pigmentation': ['What helps instead', 'stubborn pigmentation (not not-now)'],
  'instead.scars': ['What helps instead', 'acne scars (not not-now)'],
  'routine.cleanse.morning': ['Routine', 'every reader'],
  'routine.cleanse.evening': ['Routine', 'every reader'],
  'routine.serum.morning': ['Routine', SERUM_NOW_OR_LATER],
  'routine.serum.every-night': ['Routine', `${SERUM_NOW_OR_LATER}, with no retinoid or acids in the evening`],
  'routine.serum.other-nights': ['Routine', `${SERUM_NOW_OR_LATER}, with a retinoid or acids in the evening`],
  'routine.water-serums': ['Routine', 'not now aside, using vitamin C, niacinamide or peptides'],
  'routine.peroxide': ['Routine', 'not now aside, benzoyl peroxide kept as it is'],
  'routine.peroxide.less': ['Routine', 'tight or flaky skin that rarely or sometimes reacts, on benzoyl peroxide'],
  'routine.peroxide.dermatologist': ['Routine', 'a diagnosed condition under control, calm skin, on benzoyl peroxide'],
  'routine.nights.one.serum': ['Routine', `${SERUM_NOW_OR_LATER}, one kind of evening active`],
  'routine.nights.other.serum': ['Routine', `${SERUM_NOW_OR_LATER}, two or three kinds of evening active`],
  'routine.nights.one': ['Routine', 'no serum on the table, one kind of evening active (not not-now)'],
  'routine.nights.other': ['Routine', 'no serum on the table, two or three kinds of evening active (not not-now)'],
  'routine.nights.less': ['Routine', 'tight or flaky skin that rarely or sometimes reacts, on a retinoid or acids'],
  'routine.nights.prescriber': ['Routine', 'tight or flaky skin on a prescription retinoid, no diagnosed condition'],
  'routine.nights.dermatologist': ['Routine', 'a diagnosed condition under control, calm skin, on a retinoid or acids'],
  'routine.moisturize': ['Routine', 'every reader without hyaluronic acid or ceramides'],
  'routine.moisturize.with': ['Routine', 'a reader on hyaluronic acid or ceramides, no treated or broken skin'],
  'routine.moisturize.with.aftercare': ['Routine', 'the same, after a procedure or on broken skin'],
  'routine.moisturize.evening': ['Routine', 'every reader'],
  'routine.sunscreen': ['Routine', 'every reader'],
  'routine.come-back': ['Routine', 'every not-now reader, with the condition of each matching row'],
  'routine.restart': ['Routine', 'not now with something paused, no prescription retinoid'],
  'routine.restart.prescription': ['Routine', 'not now on a prescription retinoid'],
  'come-back.healed': ['Come back once', 'treated or broken skin (row 1)'],
  'come-back.flare-treated': ['Come back once', 'a flaring condition (row 2)'],
  'come-back.calm': ['Come back once', 'irritated skin (row 3)'],
  'come-back.basics-tolerated': ['Come back once', 'skin that reacts to most products (row 4)'],
  'pairs.well': ['Pairings', `${SERUM_NOW_OR_LATER}, using niacinamide, hyaluronic acid, peptides or ceramides`],
  'pairs.enough': ['Pairings', `${SERUM_NOW_OR_LATER}, using none of them`],
  'pairs.with-care': ['Pairings', `${SERUM_NOW_OR_LATER}, on a retinoid or acids that no dermatologist or prescriber is asked about`],
  'conflict.retinoid-acids': ['Pairings', 'any reader on a retinoid and acids'],
  'conflict.prescription-acids': ['Pairings', 'any reader on a prescription retinoid and acids'],
  'conflict.peroxide-prescription': ['Pairings', 'any reader on benzoyl peroxide and a prescription retinoid'],
  'conflict.two-retinoids': ['Pairings', 'any reader on both retinoids'],
  'pairs.one-at-a-time': ['Pairings', 'every reader'],
  'patch.serum': ['Patch test', `${SERUM_NOW_OR_LATER}, skin that reacts more than rarely`],
  'patch.any-product': ['Patch test', 'no serum on the table, skin that reacts more than rarely'],
  'buying.sourcing': ['Buying', SERUM_NOW_OR_LATER],
  'buying.claims': ['Buying', SERUM_NOW_OR_LATER],
  'buying.fragrance-free': ['Buying', `${SERUM_NOW_OR_LATER}, skin that rarely reacts`],
  'buying.fragrance-free.stressed': ['Buying', `${SERUM_NOW_OR_LATER}, skin that reacts more than rarely`],
  'buying.price': ['Buying', SERUM_NOW_OR_LATER],
  'buying.one-product': ['Buying', SERUM_NOW_OR_LATER],
  disclaimer: ['Disclaimer', 'every reader'],
  'expect.feel': ['What to expect', 'just curious'],
  'expect.feel.text': ['What to expect', 'just curious'],
  'expect.hydration': ['What to expect', 'dehydration or slow recovery'],
  'expect.hydration.time': ['What to expect', 'dehydration or slow recovery'],
  'expect.hydration.text': ['What to expect', 'dehydration or slow recovery'],
  'expect.tone': ['What to expect', 'dullness'],
  'expect.tone.time': ['What to expect', 'dullness'],
  'expect.tone.text': ['What to expect', 'dullness'],
  'expect.redness': ['What to expect', 'redness'],
  'expect.redness.time': ['What to expect', 'redness, no diagnosed condition'],
  'expect.redness.text': ['What to expect', 'redness, no diagnosed condition'],
  'expect.condition-redness.text': ['What to expect', 'redness with a diagnosed condition (no time frame)'],
  'expect.marks': ['What to expect', 'marks left after breakouts'],
  'expect.marks.time': ['What to expect', 'marks left after breakouts'],
  'expect.marks.text': ['What to expect', 'marks left after breakouts'],
  'expect.texture': ['What to expect', 'mild uneven texture or fine lines'],
  'expect.texture.time': ['What to expect', 'mild uneven texture or fine lines'],
  'expect.texture.text': ['What to expect', 'mild uneven texture or fine lines'],
  'expect.targeted': ['What to expect', 'any targeted concern'],
  'expect.targeted.text': ['What to expect', 'any targeted concern'],
  'expect.evidence': ['What to expect', 'every reader'],
  'expect.evidence.text': ['What to expect', 'every reader'],
};

const SECTIONS = ['Verdict', 'Headline', 'Referral', 'Summary', 'Next steps', 'Take care', 'Why', 'What to expect', 'What helps instead', 'Routine', 'Come back once', 'Pairings', 'Patch test', 'Buying', 'Disclaimer'];

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

/** Concern classes: targeted set × redness × other supportive count (0, 1, 2, 3+), and just-curious. */
export function concernClasses(): Array<Klass<Concern[]>> {
  return classes(ALL_CONCERN_SETS, concernKey);
}
function concernKey(set: readonly Concern[]): string {
  const others = set.filter((c) => SUPPORTIVE_CONCERNS.includes(c) && c !== 'redness').length;
  return `${set.includes('just-curious')}|${set.filter((c) => TARGETED_CONCERNS.includes(c)).join()}|${set.includes('redness')}|${Math.min(others, 3)}`;
}

/**
 * Active classes: the strong set × whether a serum step or pause names vitamin C, niacinamide or
 * peptides × whether "pairs well" has one of the reader's own × whether the moisturizer step holds
 * hyaluronic acid or ceramides.
 */
export function activeClasses(): Array<Klass<Active[]>> {
  return classes(ALL_ACTIVE_SETS, activeKey);
}
function activeKey(set: readonly Active[]): string {
  const has = (x: Active) => set.includes(x);
  const serums = has('niacinamide') || has('peptides');
  const moisturizing = has('hyaluronic-acid') || has('ceramides');
  return [STRONG.filter(has).join(), has('vitamin-c') || serums, serums || moisturizing, moisturizing].join('|');
}

const isExpectation = (id: MessageId) => id.startsWith('expect.');

/** How many answer sets of the whole space show each sentence, and each verdict. */
export function countLines(): Counts {
  return (counted ??= count());
}
type Counts = { lines: Map<MessageId, number>; verdicts: Map<string, number>; total: number };
let counted: Counts | undefined;
function count(): Counts {
  const lines = new Map<MessageId, number>();
  const verdicts = new Map<string, number>();
  const add = (id: MessageId, weight: number) => lines.set(id, (lines.get(id) ?? 0) + weight);
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
            for (const id of said) if (!isExpectation(id)) add(id, weight);
          }
  // What to expect: every concern set and sensitivity, each standing for every active set, skin and hope.
  const rest = ALL_ACTIVE_SETS.length * SKIN_NOW.length * EXPECTATIONS.length;
  for (const concerns of ALL_CONCERN_SETS)
    for (const sensitivity of SENSITIVITIES) {
      const { lines: said } = recommendWithLines({ concerns, actives: ['none'], sensitivity, skinNow: 'calm', expectations: 'weeks' });
      for (const id of said) if (isExpectation(id)) add(id, rest);
    }
  return { lines, verdicts, total };
}

/** The class assumption, checked: answer sets in one class show the same sentences as its sample (what to expect aside). */
export function sameClassSameLines(answers: readonly Answers[]): string[] {
  const concerns = new Map(concernClasses().map((k) => [concernKey(k.sample), k.sample]));
  const actives = new Map(activeClasses().map((k) => [activeKey(k.sample), k.sample]));
  const ids = (a: Answers) => [...recommendWithLines(a).lines].filter((id) => !isExpectation(id)).sort().join();
  return answers.flatMap((a) => {
    const sample = { ...a, concerns: concerns.get(concernKey(a.concerns))!, actives: actives.get(activeKey(a.actives))! };
    return ids(a) === ids(sample) ? [] : [`${JSON.stringify(a)} shows other sentences than its class`];
  });
}

/** An example fill for each placeholder, as a reader would see it: the reader's own words in ‹angle quotes›. */
const EXAMPLE: Partial<Record<MessageId, string[]>> = {
  'summary.parts': ['dullness and dehydration', 'acne scars'],
  'summary.targeted-only': ['acne scars'],
  'summary.care': ['skin that reacts easily and skin that feels tight and flaky'],
  'summary.if-patient': ['A good fit'],
  'next.pause': ['retinoid and vitamin C'],
  'next.pause.prescription': ['prescription retinoid and vitamin C'],
  'next.pause-until-comfortable': ['retinoid and exfoliating acids'],
  'next.pause-until-comfortable.dermatologist': ['retinoid, exfoliating acids, and benzoyl peroxide'],
  'next.keep': ['benzoyl peroxide and prescription retinoid'],
  'next.reduce': ['exfoliating acids'],
  'next.ask-dermatologist': ['exfoliating acids and benzoyl peroxide'],
  'reason.targeted': ['acne scars'],
  'reason.support.one': ['dullness'],
  'reason.support.other': ['dehydration and fine lines'],
  'routine.water-serums': ['vitamin C and niacinamide'],
  'routine.nights.one.serum': ['retinoid'],
  'routine.nights.other.serum': ['retinoid or acid'],
  'routine.nights.one': ['acid'],
  'routine.nights.other': ['prescription retinoid or acid'],
  'routine.nights.less': ['exfoliating acids'],
  'routine.moisturize.with': ['hyaluronic acid and ceramides'],
  'routine.moisturize.with.aftercare': ['ceramides'],
  'routine.come-back': ['your skin has healed (after a procedure, usually about 7 days) and a dermatologist has the flare under control'],
  'routine.restart': ['retinoid and vitamin C'],
  'routine.restart.prescription': ['prescription retinoid and vitamin C'],
  'pairs.well': ['niacinamide and ceramides'],
  'pairs.with-care': ['retinoid and acids'],
  'expect.targeted.text': ['active breakouts and acne scars'],
};
const words = (id: MessageId): string => {
  const fill = EXAMPLE[id];
  const say = RESULT[id] as (...fill: string[]) => string;
  return fill ? `${say(...fill.map((f) => `‹${f}›`))} (example)` : say();
};
const sources = (id: MessageId) => (CITES[id] ?? []).map((s) => SOURCE_SHORT[s]()).join('; ') || '—';
const share = (n: number, total: number) => `${n.toLocaleString('en')} (${((100 * n) / total).toFixed(1)} %)`;
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The sheet as Markdown. */
export function contentSheet(): string {
  const { lines, verdicts, total } = countLines();
  const ids = Object.keys(WHEN) as MessageId[];
  const out: string[] = [
    '# Content sheet',
    '',
    'Every sentence a result can show a reader, generated by `npm run sheet` from the messages the result',
    'itself uses (`src/messages/result.ts`, by id), with the sources each rests on (`src/rules/sources.ts`).',
    `For each: its id, who sees it, its sources, and how many of the ${total.toLocaleString('en')} answer sets actually`,
    'see it (a headline counts only where it is shown). Words in ‹angle quotes› are an example of the',
    "reader's own (their actives or concerns). The decisions behind them are in `docs/rules.md`. A unit test",
    'fails when this file is out of date.',
    '',
    '## Verdicts',
    '',
    '| verdict | answer sets with this verdict |',
    '| --- | --- |',
    ...(['good-fit', 'fits-with-care', 'optional', 'not-now', 'not-the-right-tool'] as const).map(
      (v) => `| ${RESULT[`verdict.${v}`]()} | ${share(verdicts.get(v) ?? 0, total)} |`,
    ),
    '',
  ];
  for (const section of SECTIONS) {
    out.push(`## ${section}`, '', '| id | sentence | who sees it | sources | answer sets that see it |', '| --- | --- | --- | --- | --- |');
    for (const id of ids.filter((x) => WHEN[x][0] === section)) {
      out.push(`| \`${id}\` | ${cell(words(id))} | ${WHEN[id][1]} | ${sources(id)} | ${share(lines.get(id) ?? 0, total)} |`);
    }
    out.push('');
  }
  out.push(
    '## Sources',
    '',
    'The short form stands beside the sentence; the full reference is what the result lists on screen.',
    '',
    ...SOURCE_IDS.map((id) => `- **${SOURCE_SHORT[id]()}** (\`${id}\`): ${cell(fullReference(REFERENCES[id]))}`),
    '',
  );
  return out.join('\n');
}

