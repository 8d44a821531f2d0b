/**
 * A build-time plugin for vite.config.ts; nothing here ships.
 * `moduleStats` writes each module's rendered code to a JSON file that
 * `npm run size` turns into a breakdown by package and by module.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Per-module rendered code of each output chunk, into `file` (read by scripts/size.mjs). */
export function moduleStats(file: string): Plugin {
  return {
    name: 'exosome-quiz:module-stats',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((chunk) =>
        chunk.type === 'chunk'
          ? [{
              file: chunk.fileName,
              modules: Object.entries(chunk.modules).map(([id, m]) => ({ id, code: m.code ?? '' })),
            }]
          : [],
      );
      mkdirSync(file.replace(/[^/]+$/, ''), { recursive: true });
      writeFileSync(file, JSON.stringify(chunks));
    },
  };
}
