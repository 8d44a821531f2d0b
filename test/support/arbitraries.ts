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

/**
 * A valid answer set broken in exactly one way that docs/rules.md
 * ("Inputs") forbids, with the field that must be named as wrong.
 */
export const invalidAnswers = fc
  .tuple(
    anyAnswers,
    fc.constantFrom(
      'exclusive concern beside another',
      'exclusive active beside another',
      'an option twice',
      'an empty list',
      'an unknown option',
      'an unknown single',
      'a single as a list',
      'a list as a string',
      'a field missing',
      'a field added',
      'a field of another type',
    ),
    fc.constantFrom<'concerns' | 'actives'>('concerns', 'actives'),
    fc.constantFrom<'sensitivity' | 'skinNow' | 'expectations'>('sensitivity', 'skinNow', 'expectations'),
    fc.constantFrom('wrinkles', 'Dullness', '', 'none ', 'just_curious', '__proto__', 'retinol'),
  )
  .map(([a, how, list, single, unknown]) => {
    const input: Record<string, unknown> = structuredClone(a);
    let field: string = list;
    switch (how) {
      case 'exclusive concern beside another':
        field = 'concerns';
        input.concerns = a.concerns[0] === 'just-curious' ? ['just-curious', 'redness'] : [...a.concerns, 'just-curious'];
        break;
      case 'exclusive active beside another':
        field = 'actives';
        input.actives = a.actives[0] === 'none' ? ['peptides', 'none'] : ['none', ...a.actives];
        break;
      case 'an option twice':
        input[list] = [...a[list], a[list][0]];
        break;
      case 'an empty list':
        input[list] = [];
        break;
      case 'an unknown option':
        input[list] = [...a[list], unknown];
        break;
      case 'an unknown single':
        field = single;
        input[single] = unknown;
        break;
      case 'a single as a list':
        field = single;
        input[single] = [a[single]];
        break;
      case 'a list as a string':
        input[list] = a[list][0];
        break;
      case 'a field missing':
        field = single;
        delete input[single];
        break;
      case 'a field added':
        field = 'answers';
        input.name = 'Ada';
        break;
      case 'a field of another type':
        field = single;
        input[single] = 3;
        break;
    }
    return { how, field, input };
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

/**
 * Markup and script that would set `window.pwned` if a page ever ran them
 * (never `alert`, which proves nothing in a headless browser and can block it).
 */
export const PAYLOADS = [
  '<img src=x onerror="window.pwned=1">',
  '"><script>window.pwned=1</script>',
  "'><details open ontoggle=window.pwned=1>",
  'javascript:window.pwned=1',
  '<iframe srcdoc="<script>parent.pwned=1</script>">',
] as const;

/** Strings a hostile or careless page could put anywhere: random, long, unicode, markup. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 2000, maxLength: 5000 }),
  fc.constantFrom(...PAYLOADS, '%E0%A4%A', '\u0000', '🧪🧴'),
);

/**
 * docs of src/rules/share-code.ts, the format of a version 1 code, written
 * out here so that tests can build codes the encoder would never make: "1",
 * five base64url digits holding 30 bits (lowest first), and a check
 * character, the sum of each character's value times (2i + 1), modulo 64.
 */
export const shareFormat = {
  digits: BASE64URL,
  sign(body: string): string {
    let sum = 0;
    for (let i = 0; i < body.length; i++) sum += (2 * i + 1) * BASE64URL.indexOf(body[i]!);
    return body + BASE64URL[sum % 64]!;
  },
  /** The 30 bits of a code's body. */
  bits(code: string): number {
    let n = 0;
    for (let i = 5; i >= 1; i--) n = n * 64 + BASE64URL.indexOf(code[i]!);
    return n;
  },
  /** A signed code holding these 30 bits. */
  code(bits: number): string {
    let body = '1';
    for (let i = 0; i < 5; i++, bits = Math.floor(bits / 64)) body += BASE64URL[bits % 64]!;
    return shareFormat.sign(body);
  },
};

/** A valid code with one to four of its 30 bits flipped, signed again: it passes the check, and the answers decide. */
export const bitFlippedCode = (encode: (a: Answers) => string) =>
  fc
    .tuple(anyAnswers.map(encode), fc.uniqueArray(fc.nat(29), { minLength: 1, maxLength: 4 }))
    .map(([code, flips]) => shareFormat.code(flips.reduce((n, bit) => (n ^ (1 << bit)) >>> 0, shareFormat.bits(code))));
