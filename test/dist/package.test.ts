import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The package as a user's tools see it, through package.json `exports` (needs `npm run build`). */
const built = () => {
  if (!existsSync('dist/rules.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
};

describe('the package', () => {
  it('exposes the rules at exosome-quiz/rules, importable in Node without a DOM', () => {
    built();
    // Node resolves a package's own name through its `exports`, as a bundler resolves it in node_modules.
    const script = `
      import { recommend, parseAnswers } from 'exosome-quiz/rules';
      const parsed = parseAnswers({ concerns: ['dehydration'], actives: ['none'], sensitivity: 'rarely', skinNow: 'calm', expectations: 'weeks' });
      console.log(JSON.stringify({ dom: typeof document, verdict: recommend(parsed.answers).verdict }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ dom: 'undefined', verdict: 'good-fit' });
  });

  it('packs only what a user needs: the builds, their types, the embed page and the manifest; no IIFE source map', () => {
    built();
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const files: string[] = pack.files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/exosome-quiz.iife.js');
    expect(files).toContain('dist/embed.html');
    expect(files).toContain('dist/types/rules/index.d.ts');
    expect(files).toContain('custom-elements.json');
    expect(files.filter((f) => f.endsWith('.iife.js.map') || f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('ships the script-tag file as plain ASCII, so a page that declares no charset still shows "−" and "…" right', () => {
    built();
    const text = readFileSync('dist/exosome-quiz.iife.js', 'utf8');
    expect(text.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
    // The escapes stand for the characters: the reader's words still hold them.
    expect(text).toMatch(/\\u2212|\\u2026/);
  });
});
