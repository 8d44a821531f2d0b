/**
 * Writes docs/content-sheet.md: every sentence the widget can show a reader,
 * who sees it, its sources and how many answer sets see it
 * (test/support/content-sheet.ts). A unit test fails when it is out of date.
 *
 *   npm run sheet
 */
import { writeFileSync } from 'node:fs';
import { contentSheet } from '../test/support/content-sheet.js';

const started = performance.now();
writeFileSync(new URL('../docs/content-sheet.md', import.meta.url), contentSheet());
console.log(`docs/content-sheet.md written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
