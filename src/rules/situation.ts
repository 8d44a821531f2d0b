import type { Answers } from './answers.js';
import type { Decision } from './decide.js';
import {
  type Action,
  type Active,
  type Concern,
  STRONG_ACTIVES,
  SUPPORTIVE_CONCERNS,
  TARGETED_CONCERNS,
} from './options.js';
import type { Plan } from './plan.js';
import { ACTIVE_NAME, CONCERN_TEXT, type Line, listNames } from './content.js';

export const has = <T>(list: readonly T[], item: T) => list.includes(item);
export const supportiveConcerns = (a: Answers): Concern[] => a.concerns.filter((c) => has(SUPPORTIVE_CONCERNS, c));
export const targetedConcerns = (a: Answers): Concern[] => a.concerns.filter((c) => has(TARGETED_CONCERNS, c));
export const strongActives = (a: Answers): Active[] => a.actives.filter((x) => has(STRONG_ACTIVES, x));

/** Strong actives that take an evening of their own, one a night (docs/rules.md item 5). */
export const NIGHT_ACTIVES: readonly Active[] = ['retinoid', 'prescription-retinoid', 'exfoliating-acids'];

/**
 * What the words of a result read: the decision and the plan, never the
 * answers (docs/rules.md v3); `say` fetches a sentence from the catalog and
 * notes that it was said, so the result lists exactly the sources it rests on.
 */
export interface Words {
  d: Decision;
  plan: Plan;
  say(line: Line, fill?: string): string;
}

export function wordsFor(d: Decision, plan: Plan, said: Set<Line>): Words {
  return {
    d,
    plan,
    say(line, fill) {
      said.add(line);
      const words = Array.isArray(line) ? line[0] : line;
      return typeof words === 'string' ? words : words(fill!);
    },
  };
}

/** The reader's actives the plan handles one way, in answer order. */
export const actives = (plan: Plan, ...actions: Action[]) =>
  plan.actives.filter((x) => has(actions, x.action)).map((x) => x.active);

export const names = (list: readonly Active[]) => listNames(list.map((x) => ACTIVE_NAME[x]));
/** A concern inside a sentence: its label in lower case ("acne scars"). */
export const concernName = (c: Concern) => CONCERN_TEXT[c].label.toLowerCase();
export const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** "Fine lines are", "dullness and dehydration are", "dullness is". */
export function concernsWithVerb(list: readonly Concern[], first = true, one = 'is', many = 'are'): string {
  const named = listNames(list.map(concernName));
  // "marks", "lines", "scars" are plural; "dullness", "redness" are not.
  return `${first ? capitalize(named) : named} ${list.length > 1 || /[^s]s$/.test(named) ? many : one}`;
}
