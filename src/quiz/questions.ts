import type { AnswerField } from '../rules/answers.js';
import { ACTIVES, CONCERNS, EXCLUSIVE, EXPECTATIONS, SENSITIVITIES, SKIN_NOW } from '../rules/options.js';

export type MultiField = 'concerns' | 'actives';
export type SingleField = Exclude<AnswerField, MultiField>;

export interface Question {
  field: AnswerField;
  kind: 'multi' | 'single';
  options: readonly string[];
  /** The option that stands alone (docs/rules.md: `just-curious`, `none`). */
  exclusive?: string;
}

/** One step per answer field of docs/rules.md, in the order the quiz asks them. */
export const QUESTIONS: readonly Question[] = [
  { field: 'concerns', kind: 'multi', options: CONCERNS, exclusive: EXCLUSIVE.concerns },
  { field: 'actives', kind: 'multi', options: ACTIVES, exclusive: EXCLUSIVE.actives },
  { field: 'sensitivity', kind: 'single', options: SENSITIVITIES },
  { field: 'skinNow', kind: 'single', options: SKIN_NOW },
  { field: 'expectations', kind: 'single', options: EXPECTATIONS },
];

export const questionFor = (field: AnswerField): Question =>
  QUESTIONS.find((q) => q.field === field)!;

/**
 * Toggles an option in a multi-choice list as a reader expects: the
 * exclusive option clears the others, any other option clears it. The list
 * keeps the contract's order, so the same choices always give the same list.
 */
export function toggleOption<T extends string>(
  list: readonly T[],
  option: T,
  question: Question,
): T[] {
  if (list.includes(option)) return list.filter((x) => x !== option);
  const kept = option === question.exclusive ? [] : list.filter((x) => x !== question.exclusive);
  return question.options.filter((x): x is T => x === option || kept.includes(x as T));
}
