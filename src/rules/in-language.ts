import { useLanguage } from '../messages/languages.js';
import type { Answers } from './answers.js';
import { recommend } from './recommend.js';
import type { Recommendation } from './result.js';

/**
 * The recommendation in a language ("es", "de-AT"; English for one we do
 * not have): loads its words, then `recommend`. The language stays the
 * page's (or the process's) until the next call: `recommend` and
 * `toPlainText` then speak it too.
 */
export async function recommendIn(answers: Answers, lang: string): Promise<Recommendation> {
  await useLanguage(lang);
  return recommend(answers);
}
