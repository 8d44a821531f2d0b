/**
 * The widget's own words: buttons, progress, status messages. What it says
 * about skin, and the result's section titles (shared with the copied text),
 * live in src/rules/content.ts and src/rules/result-text.ts.
 */
export const UI = {
  introEyebrow: 'Skin quiz · 5 questions · about 1 minute',
  introTitle: 'Would an exosome serum suit your skin?',
  introText:
    'Answer five short questions and get an honest answer: whether it fits, why, what to expect and when, and where it would go in your routine. Your answers stay on this device.',
  start: 'Start the quiz',
  step: (n: number, total: number) => `Step ${n} of ${total}`,
  back: 'Back',
  next: 'Next',
  seeResult: 'See my result',
  missingMulti: 'Choose at least one option to continue.',
  missingSingle: 'Choose one option to continue.',
  resultEyebrow: 'Your result',
  copy: 'Copy result',
  restart: 'Start over',
  copied: 'Copied. You can paste your result anywhere.',
  copyFailed: (what: string) =>
    `Copying did not work here. The ${what} is selected below: press Ctrl+C, or ⌘C on a Mac, to copy it.`,
  copyLabel: 'Your result as text',
  restarted: 'Your answers are cleared. The quiz starts again.',
  resultAnnounced: (label: string) => `Your result: ${label}.`,
  share: 'Share link',
  linkCopied: 'Link copied. It opens this result; the answers travel in the link itself, not through a server.',
  productTitle: 'A serum this page suggests',
  productText: 'Before you buy, check it against the list above.',
  productFallback: 'See the suggested serum',
  newTab: ' (opens in a new tab)',
};
