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
import { list } from '../messages/locale.js';
import { ACTIVE_NAME, CONCERN_NAME } from '../messages/names.js';
import { RESULT, type MessageId } from '../messages/result.js';

export const has = <T>(items: readonly T[], item: T) => items.includes(item);
export const supportiveConcerns = (a: Answers): Concern[] => a.concerns.filter((c) => has(SUPPORTIVE_CONCERNS, c));
export const targetedConcerns = (a: Answers): Concern[] => a.concerns.filter((c) => has(TARGETED_CONCERNS, c));
export const strongActives = (a: Answers): Active[] => a.actives.filter((x) => has(STRONG_ACTIVES, x));

/** Strong actives that take an evening of their own, one a night (docs/rules.md item 5). */
export const NIGHT_ACTIVES: readonly Active[] = ['retinoid', 'prescription-retinoid', 'exfoliating-acids'];

/**
 * What the words of a result read: the decision and the plan, never the
 * answers (docs/rules.md v3); `say` fetches a sentence by id and notes that
 * it was said, so the result lists exactly the sources it rests on and the
 * content sheet counts who sees each sentence.
 */
export interface Words {
  d: Decision;
  plan: Plan;
  say<K extends MessageId>(id: K, ...fill: Parameters<(typeof RESULT)[K]>): string;
}

export function wordsFor(d: Decision, plan: Plan, said: Set<MessageId>): Words {
  return {
    d,
    plan,
    say(id, ...fill) {
      said.add(id);
      return (RESULT[id] as (...fill: string[]) => string)(...fill);
    },
  };
}

/** The reader's actives the plan handles one way, in answer order. */
export const actives = (plan: Plan, ...actions: Action[]) =>
  plan.actives.filter((x) => has(actions, x.action)).map((x) => x.active);

/** "retinoid, exfoliating acids and benzoyl peroxide", in the current locale. */
export const names = (items: readonly Active[]) => list(items.map((x) => ACTIVE_NAME[x]()));
export const concernNames = (items: readonly Concern[]) => list(items.map((c) => CONCERN_NAME[c]()));
