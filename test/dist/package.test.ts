import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

  it('imports exosome-quiz on a server (Node, no DOM) without defining anything or throwing', () => {
    built();
    // Lit's server build installs a stand-in `customElements`: it must stay empty.
    const script = `
      const quiz = await import('exosome-quiz');
      console.log(JSON.stringify({
        dom: typeof document,
        exports: Object.keys(quiz).sort(),
        defined: globalThis.customElements?.get('exosome-quiz') ?? null,
        verdict: quiz.recommend(quiz.parseAnswers({ concerns: ['dehydration'], actives: ['none'], sensitivity: 'rarely', skinNow: 'calm', expectations: 'weeks' }).answers).verdict,
      }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      dom: 'undefined',
      exports: ['ExosomeQuiz', 'parseAnswers', 'recommend', 'toPlainText'],
      defined: null,
      verdict: 'good-fit',
    });
  });

  it("imports its dependencies from the app's node_modules in the ESM build (one Lit per app), and bundles them only in the script-tag file", () => {
    built();
    const { dependencies, peerDependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
    const declared = Object.keys({ ...dependencies, ...peerDependencies });
    const esm = readdirSync('dist').filter((f) => f.endsWith('.js') && !f.endsWith('.iife.js'));
    const imported = esm.flatMap((f) => [...readFileSync(`dist/${f}`, 'utf8').matchAll(/\bfrom\s*"([^".][^"]*)"/g)].map((m) => m[1]!));
    // Every bare import is a package the user's install brings: a dependency, or a peer dependency.
    for (const specifier of imported) expect(declared.some((name) => specifier === name || specifier.startsWith(`${name}/`)), specifier).toBe(true);
    expect(imported).toEqual(expect.arrayContaining(['lit', 'xstate', 'zod/mini']));
    // Lit registers its version on the page (litHtmlVersions): the ESM files hold no copy of Lit, the script-tag file does.
    for (const f of esm) expect(readFileSync(`dist/${f}`, 'utf8'), f).not.toContain('litHtmlVersions');
    expect(readFileSync('dist/exosome-quiz.iife.js', 'utf8')).toContain('litHtmlVersions');
  });

  it('packs only what a user needs: the builds, their types (JSX, Vue, Astro), editor data, the embed page and the manifest; no IIFE source map', () => {
    built();
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const files: string[] = pack.files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/exosome-quiz.iife.js');
    expect(files).toContain('dist/embed.html');
    expect(files).toContain('dist/types/rules/index.d.ts');
    expect(files).toContain('custom-elements.json');
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/react.js',
        'dist/types/react/index.d.ts',
        'dist/types/react/jsx.d.ts',
        'dist/types/jsx.d.ts',
        'dist/types/vue/global-components.d.ts',
        'dist/types/astro/attributes.d.ts',
        'dist/editor/web-types.json',
        'dist/editor/vscode.html-custom-data.json',
        'dist/editor/vscode.css-custom-data.json',
      ]),
    );
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
