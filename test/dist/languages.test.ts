import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templates as de } from '../../src/locales/de.js';
import { templates as es } from '../../src/locales/es.js';

/** The script-tag file of each language (needs `npm run build`): vite.config.ts, scripts/script-language.ts. */
const file = (name: string) => {
  if (!existsSync(`dist/${name}`)) throw new Error(`dist/${name} is missing: run \`npm run build\` (npm test does)`);
  return readFileSync(`dist/${name}`, 'utf8');
};
/** The file's text with its escapes read back, as the reader sees the strings. */
const unescaped = (text: string) => text.replace(/\\x([0-9a-f]{2})|\\u([0-9a-fA-F]{4})/g, (_, x, u) => String.fromCharCode(parseInt(x ?? u, 16)));

describe.each([
  ['es', 'exosome-quiz.es.iife.js', es],
  ['de', 'exosome-quiz.de.iife.js', de],
] as const)('the %s script-tag file', (_locale, name, templates) => {
  it('holds that language\'s words and none of the English, in plain ASCII', () => {
    const text = file(name);
    expect(text.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
    const words = unescaped(text);
    for (const id of ['ui.start', 'ui.intro.text', 'verdict.not-now', 'patch.serum', 'disclaimer'] as const) expect(words.includes(templates[id]), id).toBe(true);
    const english = unescaped(file('exosome-quiz.iife.js'));
    for (const sentence of ['Start the quiz', 'General information, not medical advice or a diagnosis.', 'Copy result']) {
      expect(english.includes(sentence), sentence).toBe(true);
      expect(words.includes(sentence), sentence).toBe(false);
    }
  });
});
