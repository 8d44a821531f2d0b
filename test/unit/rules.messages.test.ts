import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULT, SECTION } from '../../src/messages/result.js';
import { isOne, list } from '../../src/messages/locale.js';
import { recommend, toPlainText } from '../../src/rules/index.js';
import { BASE_ANSWERS } from '../support/answer-space.js';

const source = (file: string) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
const code = (file: string) => source(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

/**
 * Words are data (docs/style.md habit 15): every sentence is a `msg()` with
 * a literal, unique id that `lit-localize extract` can find, the result's
 * catalog is keyed by those ids, and no English is built in logic.
 */
describe('the messages (src/messages)', () => {
  const files = readdirSync(new URL('../../src/messages/', import.meta.url)).filter((f) => f.endsWith('.ts'));
  const ids = files.flatMap((f) => [...source(`messages/${f}`).matchAll(/\{ id: '([^']+)' \}/g)].map((m) => m[1]!));

  it('every msg() has a literal id, and no id is used twice', () => {
    const calls = files.flatMap((f) => [...code(`messages/${f}`).matchAll(/\bmsg\(/g)]).length;
    expect(ids.length).toBe(calls);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('each entry of the result catalog is keyed by its own msg() id', () => {
    const text = source('messages/result.ts');
    for (const key of Object.keys(RESULT)) {
      const entry = text.match(new RegExp(`^  '?${key.replace(/\./g, '\\.')}'?: \\([^)]*\\) =>\\s*msg\\([\\s\\S]*?\\{ id: '([^']+)' \\}`, 'm'));
      expect(entry?.[1], key).toBe(key);
    }
  });

  it('no English is built in logic in src/rules: no " and " joins, no plural regexes, no ": " parsed', () => {
    for (const file of readdirSync(new URL('../../src/rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'sources.ts')) {
      expect(code(`rules/${file}`), file).not.toMatch(/' and '|` and `|\band \$\{|\/\[\^s\]s\$\/|indexOf\(': '\)|split\(': '\)|toLowerCase\(\)/);
    }
  });

  it('lists and plurals follow the locale (English: "a, b, and c"; "one" for 1)', () => {
    expect(list(['dullness', 'dehydration', 'redness'])).toBe('dullness, dehydration, and redness');
    expect(list(['retinoid', 'acid'], 'or')).toBe('retinoid or acid');
    expect([isOne(1), isOne(2)]).toEqual([true, false]);
  });

  it('a result read in Node is the English source, with every placeholder filled', () => {
    const text = toPlainText(recommend({ ...BASE_ANSWERS, actives: ['retinoid', 'niacinamide'] }));
    expect(text).toContain(SECTION.next);
    expect(text).not.toMatch(/\$\{|undefined|\[object/);
  });
});
