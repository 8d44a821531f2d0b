import * as z from 'zod/mini';
import {
  ACTIVES,
  CONCERNS,
  EXCLUSIVE,
  EXPECTATIONS,
  SENSITIVITIES,
  SKIN_NOW,
} from './options.js';

/** The answer fields, in the order the quiz asks them. */
export const ANSWER_FIELDS = [
  'concerns',
  'actives',
  'sensitivity',
  'skinNow',
  'expectations',
] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** Whether a field of answers still being chosen has an answer (a list not empty, a single choice made). */
export const answered = (draft: Record<AnswerField, readonly string[] | string | null>, field: AnswerField) => {
  const value = draft[field];
  return Array.isArray(value) ? value.length > 0 : value !== null;
};

function standsAlone(exclusive: string) {
  return (list: readonly string[]) => !list.includes(exclusive) || list.length === 1;
}
const noRepeats = (list: readonly string[]) => new Set(list).size === list.length;

// No messages here: the schema ships in the script-tag file, which needs only yes or no;
// describeIssue words each problem for the rules API.
function multi<const T extends readonly [string, ...string[]]>(ids: T, exclusive: T[number]) {
  return z.array(z.enum(ids)).check(z.minLength(1), z.refine(noRepeats), z.refine(standsAlone(exclusive)));
}

/** docs/rules.md "Inputs": the complete, valid answer set. */
function buildAnswersSchema() {
  return z.strictObject({
    concerns: multi(CONCERNS, EXCLUSIVE.concerns),
    actives: multi(ACTIVES, EXCLUSIVE.actives),
    sensitivity: z.enum(SENSITIVITIES),
    skinNow: z.enum(SKIN_NOW),
    expectations: z.enum(EXPECTATIONS),
  });
}
let schema: ReturnType<typeof buildAnswersSchema> | undefined;
/** The answer schema, built on first use: a page that only shows the intro never builds it. */
export const answersSchema = () => (schema ??= buildAnswersSchema());
export type Answers = z.infer<ReturnType<typeof buildAnswersSchema>>;

/** One readable thing wrong with an answer set: which field, and what. */
export interface AnswerProblem {
  field: string;
  message: string;
}

export type ParsedAnswers =
  | { ok: true; answers: Answers }
  | { ok: false; problems: AnswerProblem[] };

/**
 * The answers when `input` is a complete, valid answer set, else null: the
 * quiz's own check, with no description of what is wrong (a share code and
 * the statechart need only yes or no).
 */
export function checkAnswers(input: unknown): Answers | null {
  const parsed = z.safeParse(answersSchema(), input);
  return parsed.success ? parsed.data : null;
}

/**
 * Parses answers from any outside source (a share link, storage, a host
 * page). Never throws: bad input comes back as a list of problems.
 */
export function parseAnswers(input: unknown): ParsedAnswers {
  const parsed = z.safeParse(answersSchema(), input, { reportInput: true });
  if (parsed.success) return { ok: true, answers: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(describeIssue) };
}

function describeIssue(issue: z.core.$ZodIssue): AnswerProblem {
  const field = issue.path.length ? issue.path.map(String).join('.') : 'answers';
  const shown = (value: unknown) => JSON.stringify(value) ?? String(value);
  switch (issue.code) {
    case 'invalid_type':
      return {
        field,
        message:
          issue.input === undefined
            ? 'is missing'
            : `should be ${issue.expected === 'array' ? 'a list of option ids' : `a ${issue.expected}`}, got ${shown(issue.input)}`,
      };
    case 'invalid_value':
      if (issue.input === undefined) return { field, message: 'is missing' };
      return {
        field,
        message: `${shown(issue.input)} is not one of the options (${issue.values.join(', ')})`,
      };
    case 'unrecognized_keys':
      return { field, message: `has unknown field(s): ${issue.keys.join(', ')}` };
    case 'too_small':
      return { field, message: 'choose at least one option' };
    case 'custom': {
      // The two refinements of a list: an option twice, or an option that stands alone.
      const list = issue.input as string[];
      if (!noRepeats(list)) return { field, message: 'lists the same option more than once' };
      const alone = Object.values(EXCLUSIVE).find((x) => list.includes(x));
      return { field, message: `"${alone}" cannot be combined with other options` };
    }
    default:
      return { field, message: issue.message };
  }
}

/** Problems as one line each, for a console report. */
export function describeProblems(problems: readonly AnswerProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join('; ');
}
