import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';

/**
 * The public styling contract, read three ways: the element itself, the
 * manifest (custom-elements.json, generated from the class JSDoc by
 * `npm run manifest`, which the build runs), and README. Events have no
 * runtime list in Node: the manifest's are checked against README here, and
 * against the events the element really fires in test/browser/embedding.test.ts.
 */
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

function fromElement() {
  // Lit's static properties: the attributes the element observes.
  const attributes = (ExosomeQuiz as unknown as { observedAttributes: string[] }).observedAttributes;
  // Its stylesheets (.css files the element imports ?inline): the custom properties it reads.
  const css = readdirSync('src/element')
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(`src/element/${f}`, 'utf8'))
    .join('\n');
  const properties = [...css.matchAll(/var\((--exosome-quiz-[a-z-]+)/g)].map((m) => m[1]!);
  // Parts are written in the views' templates, which need a DOM to render: read from their source.
  const parts = readdirSync('src/element', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`src/element/${f}`, 'utf8').matchAll(/part="([^"]+)"/g)])
    .flatMap((m) => m[1]!.split(/\s+/));
  return { parts: sorted(parts), properties: sorted(properties), attributes: sorted(attributes) };
}

function fromManifest() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  } catch {
    throw new Error('custom-elements.json is missing: run `npm run manifest` (npm test does)');
  }
  const element = manifest.modules.flatMap((m: { declarations: unknown[] }) => m.declarations).find(
    (d: { tagName?: string }) => d.tagName === 'exosome-quiz',
  );
  const names = (list: { name: string }[]) => sorted(list.map((x) => x.name));
  return {
    parts: names(element.cssParts),
    properties: names(element.cssProperties),
    attributes: names(element.attributes),
    events: names(element.events),
  };
}

function manifestElement() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  return manifest.modules.flatMap((m: { declarations: unknown[] }) => m.declarations).find((d: { tagName?: string }) => d.tagName === 'exosome-quiz');
}

/** The files `npm pack` would put in the package. */
const packedFiles = (): string[] =>
  JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0].files.map((f: { path: string }) => f.path);

function fromReadme() {
  const readme = readFileSync('README.md', 'utf8');
  const tableOf = (header: string) => {
    const start = readme.indexOf(header);
    const table = readme.slice(start, readme.indexOf('\n\n', start));
    return table.split('\n').slice(2).flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  };
  return {
    parts: sorted(tableOf('| Part |')),
    properties: sorted(tableOf('| Custom property |')),
    attributes: sorted(tableOf('| Attribute |')),
    events: sorted(tableOf('| Event |')),
  };
}

describe('the public contract (docs/style.md: documentation cannot drift)', () => {
  it('the element observes the attributes of the embedding contract', () => {
    expect(fromElement().attributes).toEqual(['heading', 'persist', 'product-name', 'product-url', 'skip-intro', 'theme']);
  });

  it('the manifest has the events of the embedding contract', () => {
    expect(fromManifest().events).toEqual(['complete', 'copy', 'restart', 'share', 'start', 'step'].map((e) => `exosome-quiz-${e}`));
  });

  it('the manifest documents every part, custom property and attribute the element has, and no others', () => {
    const { events: _, ...documented } = fromManifest();
    expect(documented).toEqual(fromElement());
  });

  it('README lists the same parts, custom properties, attributes and events as the manifest', () => {
    expect(fromReadme()).toEqual(fromManifest());
  });

  it('the manifest gives each public property its type and a description', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const element = manifest.modules.flatMap((m: { declarations: unknown[] }) => m.declarations).find(
      (d: { tagName?: string }) => d.tagName === 'exosome-quiz',
    );
    const fields = (element.members as { kind: string; name: string; privacy?: string; type?: { text: string }; description?: string }[])
      .filter((m) => m.kind === 'field' && m.privacy === 'public');
    expect(Object.fromEntries(fields.map((f) => [f.name, f.type?.text]))).toEqual({
      heading: 'string',
      productUrl: 'string | null',
      productName: 'string',
      persist: "'session' | 'local' | 'none'",
      skipIntro: 'boolean',
      theme: "'auto' | 'light' | 'dark'",
    });
    for (const field of fields) expect(field.description, field.name).toMatch(/\w{3}/);
  });

  it("README's reserve rule is demo/reserve.css's, word for word", () => {
    const rule = /^exosome-quiz.*$/m.exec(readFileSync('demo/reserve.css', 'utf8'))![0];
    expect(readFileSync('README.md', 'utf8')).toContain(`\n${rule}\n`);
  });

  it('the manifest types each event by its detail (tools wrap it in CustomEvent<...>), a type the package exports', () => {
    const element = manifestElement();
    // The detail types live with the statechart that emits the events (src/quiz/events.ts).
    const types = ['element/events.d.ts', 'quiz/events.d.ts'].map((f) => readFileSync(`dist/types/${f}`, 'utf8')).join('\n');
    const index = readFileSync('dist/types/index.d.ts', 'utf8');
    for (const event of element.events as { name: string; type: { text: string } }[]) {
      const detail = event.type.text;
      expect(detail, event.name).toMatch(/^(null|\w+Detail)$/);
      if (detail !== 'null') {
        expect(types, event.name).toMatch(new RegExp(`export interface ${detail}\\b`));
        expect(index, event.name).toMatch(new RegExp(`\\b${detail}\\b`));
      }
    }
  });

  it("the manifest names modules the package ships, and the tag's definition", () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const shipped = packedFiles();
    for (const module of manifest.modules as { path: string; exports: { kind: string; name: string; declaration: { module: string } }[] }[]) {
      expect(shipped, module.path).toContain(module.path);
      for (const e of module.exports) expect(shipped, e.name).toContain(e.declaration.module);
    }
    const definitions = manifest.modules.flatMap((m: { exports: { kind: string }[] }) => m.exports.filter((e) => e.kind === 'custom-element-definition'));
    expect(definitions.map((d: { name: string }) => d.name)).toEqual(['exosome-quiz']);
  });

  it('the manifest gives a one-line summary and a full description', () => {
    const { summary, description } = manifestElement();
    expect(summary).toMatch(/^[^\n]{20,120}$/);
    expect(description.split('\n\n').length, description).toBeGreaterThanOrEqual(3);
  });

  it("the manifest's attribute and property defaults are the element's own", () => {
    const element = manifestElement();
    const quiz = new ExosomeQuiz() as unknown as Record<string, unknown>;
    // A default in the manifest is source text: 'session', null, false.
    const value = (text: string) => new Function(`return (${text});`)();
    for (const attribute of element.attributes as { name: string; fieldName: string; default?: string }[]) {
      expect(attribute.default, attribute.name).toBeDefined();
      expect(value(attribute.default!), attribute.name).toEqual(quiz[attribute.fieldName]);
      const field = element.members.find((m: { name: string }) => m.name === attribute.fieldName);
      expect(field.default, attribute.fieldName).toBe(attribute.default);
    }
  });

  it("the manifest's custom property defaults are the stylesheet's fallbacks (light theme)", () => {
    const css = readFileSync('src/element/exosome-quiz.css', 'utf8');
    for (const property of manifestElement().cssProperties as { name: string; default?: string }[]) {
      // The first fallback in the file is the light theme's; the dark theme's follow in its media query and class.
      const fallback = new RegExp(`var\\(${property.name},\\s*([^;]+)\\);`).exec(css)?.[1];
      expect(property.default, property.name).toBe(fallback);
    }
  });
});
