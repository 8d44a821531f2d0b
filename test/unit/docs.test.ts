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
  return { parts: sorted(parts), properties: sorted(properties) };
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
  return {
    parts: sorted(element.cssParts.map((p: { name: string }) => p.name)),
    properties: sorted(element.cssProperties.map((p: { name: string }) => p.name)),
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
  };
}

describe('the styling contract (docs/style.md: documentation cannot drift)', () => {
  it('the manifest documents every part and custom property the code uses, and no others', () => {
    expect(fromManifest()).toEqual(fromCode());
  });

  it('README lists the same parts and custom properties', () => {
    const { parts, properties } = fromReadme();
    expect({ parts, properties }).toEqual(fromCode());
  });
});
