/**
 * The script-tag file's budget, checked by size-limit at the end of
 * `npm run build`, in gzip -9 bytes. The goal is 35 KB (issue 9); with the
 * embedding contract and the version 2 result in, the file is about 40.2 KB,
 * and the floor that `npm run size` prints shows why 35 KB cannot hold them
 * (README, "Performance"). Until that is decided, this budget is a ratchet
 * on today's figure: it fails any change that grows the file by more than a
 * few bytes. Lower it with every saving. scripts/size.mjs reads it from here.
 */
export default [
  {
    name: 'dist/exosome-quiz.iife.js (script tag), gzip -9',
    path: 'dist/exosome-quiz.iife.js',
    gzip: true,
    limit: '40250 B',
  },
];
