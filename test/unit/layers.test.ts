import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every module specifier a folder's files import. */
function importsOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(`${folder}/${file}`, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)])
    .map((match) => match[1]!);
}

describe('layers (docs/style.md, "The shape of the house")', () => {
  it('src/rules imports only itself, zod/mini and the words (src/messages): no DOM, Lit or XState', () => {
    // index.ts, the package's `exosome-quiz/rules` entry, also re-exports the share code's codec.
    const outside = importsOf('src/rules').filter((s) => !s.startsWith('./') && s !== '../persistence/share-code.js' && !s.startsWith('../messages/'));
    expect([...new Set(outside)]).toEqual(['zod/mini']);
  });

  it('src/quiz imports only itself, xstate and src/rules', () => {
    const outside = importsOf('src/quiz').filter((s) => !s.startsWith('./'));
    expect(outside.every((s) => s === 'xstate' || s.startsWith('../rules/'))).toBe(true);
  });

  it('src/messages imports only @lit/localize (msg, str) and the ids of src/rules', () => {
    const outside = importsOf('src/messages').filter((s) => !s.startsWith('./'));
    expect(outside.every((s) => s === '@lit/localize' || s.startsWith('../rules/'))).toBe(true);
  });

  it('src/persistence imports only itself, zod/mini, src/rules and src/quiz (what it stores is the quiz\'s)', () => {
    const outside = importsOf('src/persistence').filter((s) => !s.startsWith('./'));
    expect(outside.every((s) => s === 'zod/mini' || s.startsWith('../rules/') || s.startsWith('../quiz/'))).toBe(true);
  });

  it('src/rules, src/messages, src/persistence and src/quiz never touch browser globals', () => {
    for (const folder of ['src/rules', 'src/messages', 'src/persistence', 'src/quiz']) {
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
        const code = readFileSync(`${folder}/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        expect(code, `${folder}/${file}`).not.toMatch(/\b(window|document|navigator|localStorage|sessionStorage|location)\b\./);
      }
    }
  });
});
