/**
 * The script-tag file's budget, checked by size-limit at the end of
 * `npm run build`, in gzip -9 bytes: 45 KB (46,080 B) with every feature
 * in. The room is for clarity and for languages, not to fill. `npm run
 * size` prints size-limit's report of the same check.
 */
export default [
  {
    name: 'dist/exosome-quiz.iife.js (script tag), gzip -9',
    path: 'dist/exosome-quiz.iife.js',
    gzip: true,
    limit: '46080 B',
  },
];
