import fc from 'fast-check';
import {
  ACTIVES,
  CONCERNS,
  EXPECTATIONS,
  SENSITIVITIES,
  SKIN_NOW,
  type Active,
  type Answers,
  type Concern,
} from '../../src/rules/index.js';

/** Any valid answer set of the full 37,748,736, with lists in the contract's order. */
export const anyAnswers: fc.Arbitrary<Answers> = fc.record({
  concerns: fc.oneof(
    fc.constant<Concern[]>(['just-curious']),
    fc.subarray<Concern>(CONCERNS.filter((c) => c !== 'just-curious'), { minLength: 1 }),
  ),
  actives: fc.oneof(
    fc.constant<Active[]>(['none']),
    fc.subarray<Active>(ACTIVES.filter((x) => x !== 'none'), { minLength: 1 }),
  ),
  sensitivity: fc.constantFrom(...SENSITIVITIES),
  skinNow: fc.constantFrom(...SKIN_NOW),
  expectations: fc.constantFrom(...EXPECTATIONS),
});

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A valid share code with one to three characters replaced, inserted or removed. */
export const mutatedCode = (encode: (a: Answers) => string) =>
  fc
    .tuple(
      anyAnswers.map(encode),
      fc.array(
        fc.record({
          kind: fc.constantFrom('replace', 'insert', 'remove'),
          at: fc.nat(8),
          char: fc.oneof(fc.constantFrom(...BASE64URL), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(([code, edits]) =>
      edits.reduce((c, { kind, at, char }) => {
        const i = at % (c.length + 1);
        if (kind === 'insert') return c.slice(0, i) + char + c.slice(i);
        if (kind === 'remove') return c.slice(0, i) + c.slice(i + 1);
        return c.slice(0, i) + char + c.slice(i + 1);
      }, code),
    );

/** Strings a hostile or careless page could put anywhere: random, long, unicode, markup. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 2000, maxLength: 5000 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)', '%E0%A4%A', '\u0000', '🧪🧴'),
);
