import { ANSWER_FIELDS, type AnswerField } from '../rules/answers.js';
import { EXCLUSIVE, OPTIONS, type MultiField } from '../rules/options.js';

export type { MultiField };
export type SingleField = Exclude<AnswerField, MultiField>;

/** How the quiz asks one answer field; its words are in rules/content.ts. */
export interface Question {
  field: AnswerField;
  kind: 'multi' | 'single';
  options: readonly string[];
  /** The option that stands alone (docs/rules.md: `just-curious`, `none`). */
  exclusive?: string;
}

/** One step per answer field of docs/rules.md, in the order the quiz asks them; the fields with an exclusive option take several. */
export const STEPS: readonly Question[] = ANSWER_FIELDS.map((field) => {
  const exclusive: string | undefined = EXCLUSIVE[field as MultiField];
  return { field, kind: exclusive ? 'multi' : 'single', options: OPTIONS[field], exclusive };
});

export const questionFor = (field: AnswerField): Question => STEPS[ANSWER_FIELDS.indexOf(field)]!;

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
