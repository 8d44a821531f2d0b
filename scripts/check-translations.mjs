/**
 * Fails the build when a translation is missing, out of date or has a
 * placeholder the English does not have. `lit-localize build` only falls back
 * to English for a missing message, silently.
 *
 * The English of today is extracted afresh (into node_modules/.cache, never
 * over the translators' files) and each xliff/<code>.xlf is held to it:
 * every message has a <target>, its <source> is today's English (otherwise
 * the English changed since it was translated: `npm run localize:extract`,
 * then review the target), and its target uses each of the English
 * placeholders exactly once and no other.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const scratch = resolve('node_modules/.cache/exosome-quiz/xliff-now');
mkdirSync(scratch, { recursive: true });
const scratchConfig = resolve(scratch, 'lit-localize.json');
writeFileSync(
  scratchConfig,
  JSON.stringify({
    ...config,
    $schema: undefined,
    inputFiles: config.inputFiles.map((f) => resolve(f)),
    output: { ...config.output, outputDir: resolve(scratch, 'out'), localeCodesModule: undefined },
    interchange: { ...config.interchange, xliffDir: scratch },
  }),
);
execFileSync(resolve('node_modules/.bin/lit-localize'), ['extract', `--config=${scratchConfig}`], { stdio: 'ignore' });

/** id -> { source, target } from an XLIFF 1.2 file as lit-localize writes it. */
export function units(xml) {
  const found = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    found.set(id, { source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1], target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1] });
  }
  return found;
}
const placeholders = (text) => [...text.matchAll(/<x id="\d+" equiv-text="([^"]*)"\/>/g)].map((m) => m[1]).sort();

const problems = [];
for (const locale of config.targetLocales) {
  const now = units(readFileSync(resolve(scratch, `${locale}.xlf`), 'utf8'));
  const file = `${config.interchange.xliffDir}/${locale}.xlf`;
  const theirs = units(readFileSync(file, 'utf8'));
  for (const [id, { source }] of now) {
    const unit = theirs.get(id);
    if (!unit?.target) problems.push(`${file}: "${id}" has no translation`);
    else if (unit.source !== source) problems.push(`${file}: "${id}": the English changed since it was translated`);
    else if (placeholders(unit.target).join() !== placeholders(source).join())
      problems.push(`${file}: "${id}" has placeholders ${placeholders(unit.target).join(' ') || 'none'}; the English has ${placeholders(source).join(' ') || 'none'}`);
  }
}
if (problems.length) {
  console.error(`Translations are not complete (${problems.length}):\n  ${problems.join('\n  ')}\nSee README, "Translating".`);
  process.exit(1);
}
console.log(`Translations complete: ${config.targetLocales.join(', ')}`);
