import { ANSWER_FIELDS, type AnswerField } from '../rules/answers.js';

/** XState's state value: a state's name, or a map of parent state to child value. */
type StateValue = string | { [key: string]: StateValue | undefined };

/** The answer field being asked, or null on the intro and the result. */
export function currentField(value: StateValue): AnswerField | null {
  if (typeof value === 'string' || !('question' in value)) return null;
  return value.question as AnswerField;
}

/** 1-based step number of a field, for "Step 2 of 5". */
export const stepNumber = (field: AnswerField) => ANSWER_FIELDS.indexOf(field) + 1;
