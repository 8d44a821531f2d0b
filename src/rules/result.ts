import * as z from 'zod/mini';
import { ANSWER_FIELDS } from './answers.js';
import { ACTIONS, ACTIVES, CARE, CAUTIONS, COME_BACK, CONCERNS, REFERRALS, SERUM_PLANS, VERDICTS } from './options.js';

const build = () => {
  const text = z.string().check(z.minLength(1));
  const active = z.enum(ACTIVES);

  const Reason = z.object({
    /** The row of docs/rules.md that gave this reason. */
    rule: z.number().check(z.int(), z.gte(1), z.lte(9)),
    field: z.enum(ANSWER_FIELDS),
    option: z.string(),
    text,
  });

  const ExpectationItem = z.object({
    topic: z.enum(['feel', 'hydration', 'tone', 'redness', 'marks', 'texture', 'targeted', 'evidence']),
    title: text,
    concerns: z.array(z.enum(CONCERNS)),
    timeframe: z.nullable(text),
    text,
    /** Short citations (author year: people, weeks) of what this expectation rests on. */
    sources: z.array(text),
  });

  /** `actives`: the reader's actives this step holds (docs/rules.md item 5). */
  const Step = z.object({ id: text, text, actives: z.array(active) });

  const concerns = z.array(z.enum(CONCERNS));
  /** docs/rules.md v3: the one plan every part of the words is read from (src/rules/plan.ts). */
  const Plan = z.strictObject({
    serum: z.enum(SERUM_PLANS),
    actives: z.array(
      z.strictObject({ active, action: z.enum(ACTIONS), time: z.nullable(z.enum(['morning', 'evening'])) }),
    ),
    comeBack: z.array(z.enum(COME_BACK)),
    support: concerns,
    targeted: concerns,
    instead: concerns,
    care: z.array(z.enum(CARE)),
    cautions: z.array(z.enum(CAUTIONS)),
    patchTest: z.boolean(),
    breakoutProducts: z.boolean(),
    reactive: z.boolean(),
    condition: z.boolean(),
    conditionRedness: z.boolean(),
  });

  /** docs/rules.md "What every result contains" (version 2), with version 3's `cautions` and `plan`. */
  return z.strictObject({
    verdict: z.enum(VERDICTS),
    verdictLabel: text,
    referral: z.enum(REFERRALS),
    referralNote: z.nullable(text),
    ifPatient: z.optional(z.enum(VERDICTS)),
    headline: text,
    summary: text,
    /** One to three short actions, in order, for this reader now (item 2). */
    nextSteps: z.array(text).check(z.minLength(1), z.maxLength(3)),
    /** Safety lines for this reader: pregnancy and retinoids, when to get help, allergy testing (v3). */
    cautions: z.array(text),
    reasons: z.array(Reason).check(z.minLength(1)),
    expectations: z.array(ExpectationItem).check(z.minLength(1)),
    routine: z.object({
      /** `serum`: where the serum goes; `basics`: what to do instead, for now or without a serum. */
      kind: z.enum(['serum', 'basics']),
      morning: z.array(Step).check(z.minLength(1)),
      evening: z.array(Step).check(z.minLength(1)),
      notes: z.array(text),
    }),
    /** Per targeted concern, what helps instead, where no serum is on the table (item 5). */
    helpsInstead: z.array(z.object({ concern: z.enum(CONCERNS), text })),
    pairings: z.object({
      /** The reader's own supportive actives, or (none) that a moisturizer and sunscreen are enough; only where a serum is on the table (v4). */
      pairsWell: z.nullable(z.object({ actives: z.array(active), text })),
      /** At most one entry, and only where a serum is on the table (item 6; v3). */
      withCare: z.array(z.object({ active, actives: z.array(active), text })).check(z.maxLength(1)),
      conflicts: z.array(z.object({ actives: z.tuple([active, active]), text })),
      oneAtATime: text,
    }),
    patchTest: z.nullable(z.object({ text })),
    /** Empty where no serum is on the table (item 8). */
    buying: z.array(
      z.object({
        id: z.enum(['sourcing', 'claims', 'fragrance-free', 'price', 'one-product']),
        stressed: z.boolean(),
        text,
      }),
    ),
    /** What this result relied on (item 4): the short form beside a sentence, and the full reference (v4). */
    sources: z.array(z.object({ id: text, short: text, text, where: text, link: z.optional(text) })).check(z.minLength(1)),
    disclaimer: text,
    plan: Plan,
  });
};

export const RecommendationSchema = build();
export type Recommendation = z.infer<typeof RecommendationSchema>;
export type Reason = Recommendation['reasons'][number];
export type RoutineStep = Recommendation['routine']['morning'][number];
