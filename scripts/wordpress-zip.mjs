// dist/exosome-quiz-wordpress.zip: the WordPress plugin (wordpress/) with the
// script-tag build beside its PHP, in a folder `exosome-quiz/` at the zip's
// root, as Plugins → Add New → Upload expects. The plugin's version is
// package.json's, stamped into the PHP header, block.json and readme.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = new URL('../', import.meta.url);
/** The plugin's own files, as they sit in wordpress/. */
export const PLUGIN_FILES = ['exosome-quiz.php', 'block.json', 'editor.js', 'readme.txt'];
export const SCRIPT = 'exosome-quiz.iife.js';
export const FOLDER = 'exosome-quiz';

/** Every place a plugin file states its version, with that version replaced. */
export function stampVersion(name, text, version) {
  const stamps = {
    'exosome-quiz.php': [
      [/^( \* Version:\s+).*$/m, `$1${version}`],
      [/(define\( 'EXOSOME_QUIZ_VERSION', ')[^']*(' \);)/, `$1${version}$2`],
    ],
    'block.json': [[/^(\t"version": ")[^"]*(",)$/m, `$1${version}$2`]],
    'readme.txt': [[/^(Stable tag:\s+).*$/m, `$1${version}`]],
  };
  for (const [pattern, replacement] of stamps[name] ?? []) {
    if (!pattern.test(text)) throw new Error(`wordpress/${name}: no version line matching ${pattern}`);
    text = text.replace(pattern, replacement);
  }
  return text;
}

/** The zip's bytes: `files` maps a plugin file's name to its text, `script` is the built IIFE. */
export function pluginZip({ files, script, version }) {
  // A fixed date: the same inputs give the same zip.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const entries = {};
  for (const [name, text] of Object.entries(files)) {
    entries[`${FOLDER}/${name}`] = [new TextEncoder().encode(stampVersion(name, text, version)), { mtime }];
  }
  entries[`${FOLDER}/${SCRIPT}`] = [script, { mtime }];
  return zipSync(entries, { level: 9 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const files = Object.fromEntries(
    PLUGIN_FILES.map((name) => [name, readFileSync(new URL(`wordpress/${name}`, root), 'utf8')]),
  );
  const script = readFileSync(new URL(`dist/${SCRIPT}`, root));
  const zip = pluginZip({ files, script, version });
  writeFileSync(new URL('dist/exosome-quiz-wordpress.zip', root), zip);
}
