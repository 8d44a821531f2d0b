import * as z from 'zod/mini';
import { ANSWER_FIELDS } from './answers.js';
import { ACTIVES, CONCERNS, REFERRALS, VERDICTS } from './options.js';

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
  topic: z.enum(['feel', 'hydration', 'tone', 'marks', 'texture', 'targeted', 'evidence']),
  title: text,
  concerns: z.array(z.enum(CONCERNS)),
  timeframe: z.nullable(text),
  text,
});

const Step = z.object({ id: text, text });

/** docs/rules.md "What every result contains". */
export const RecommendationSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  verdictLabel: text,
  referral: z.enum(REFERRALS),
  referralNote: z.nullable(text),
  ifPatient: z.optional(z.enum(VERDICTS)),
  headline: text,
  summary: text,
  reasons: z.array(Reason).check(z.minLength(1)),
  expectations: z.array(ExpectationItem).check(z.minLength(1)),
  routine: z.object({
    /** `serum`: where the serum goes; `basics`: what to do instead, for now. */
    kind: z.enum(['serum', 'basics']),
    morning: z.array(Step).check(z.minLength(1)),
    evening: z.array(Step).check(z.minLength(1)),
    notes: z.array(text),
  }),
  pairings: z.object({
    pairsWell: z.array(
      z.object({
        ingredient: z.enum(['niacinamide', 'hyaluronic-acid', 'peptides', 'ceramides', 'panthenol', 'centella']),
        yours: z.boolean(),
        text,
      }),
    ),
    withCare: z.array(z.object({ active, text })),
    conflicts: z.array(z.object({ actives: z.tuple([active, active]), text })),
    oneAtATime: text,
  }),
  patchTest: z.nullable(z.object({ text })),
  buying: z.array(
    z.object({
      id: z.enum(['sourcing', 'claims', 'fragrance-free', 'price', 'one-product']),
      stressed: z.boolean(),
      text,
    }),
  ),
  disclaimer: text,
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
export type Reason = Recommendation['reasons'][number];
