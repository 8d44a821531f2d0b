import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The public styling contract, read three ways: code, manifest (from JSDoc), README. */
const source = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(`${folder}/${f}`, 'utf8'))
    .join('\n');

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

function fromCode() {
  const code = source('src/element');
  const parts = [...code.matchAll(/part="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/));
  const properties = [...code.matchAll(/var\((--exosome-quiz-[a-z-]+)/g)].map((m) => m[1]!);
  // Attributes: the table attributes.ts parses them with; events: the typed map in events.ts.
  const table = readFileSync('src/element/attributes.ts', 'utf8').match(/const ACCEPTS = \{([\s\S]*?)\n\} as const/)![1]!;
  const attributes = [...table.matchAll(/^\s+'?([a-z-]+)'?: \[/gm)].map((m) => m[1]!);
  const events = [...readFileSync('src/element/events.ts', 'utf8').matchAll(/^\s+'(exosome-quiz-[a-z]+)': CustomEvent/gm)].map((m) => m[1]!);
  return { parts: sorted(parts), properties: sorted(properties), attributes: sorted(attributes), events: sorted(events) };
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
  it('the code has the attributes and events of the embedding contract', () => {
    const { attributes, events } = fromCode();
    expect(attributes).toEqual(['heading', 'persist', 'product-name', 'product-url', 'skip-intro', 'theme']);
    expect(events).toEqual(['complete', 'copy', 'restart', 'share', 'start', 'step'].map((e) => `exosome-quiz-${e}`));
  });

  it('the manifest documents every part, custom property, attribute and event the code has, and no others', () => {
    expect(fromManifest()).toEqual(fromCode());
  });

  it('README lists the same parts, custom properties, attributes and events', () => {
    expect(fromReadme()).toEqual(fromCode());
  });

  it('the manifest gives each event its detail type', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const element = manifest.modules.flatMap((m: { declarations: unknown[] }) => m.declarations).find(
      (d: { tagName?: string }) => d.tagName === 'exosome-quiz',
    );
    const events = readFileSync('src/element/events.ts', 'utf8');
    for (const event of element.events as { name: string; type: { text: string } }[]) {
      expect(events).toContain(`'${event.name}': ${event.type.text};`);
    }
  });
});
