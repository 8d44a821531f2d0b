/** package.json's version, written in at build time (vite.config.ts `define`; the browser test runner defines it too). */
declare const __EXOSOME_QUIZ_VERSION__: string;

export const VERSION: string = __EXOSOME_QUIZ_VERSION__;
