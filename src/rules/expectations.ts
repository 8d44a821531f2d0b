/** docs/rules.md item 4, read from the plan: time frames by concern, each with its sources; the source list. */
import type { MessageId } from '../messages/result.js';
import { SOURCE_SHORT } from '../messages/sources.js';
import { CONCERNS, type Concern } from './options.js';
import type { Recommendation } from './result.js';
import { CITES, REFERENCES, SOURCE_IDS, type SourceId, fullReference } from './sources.js';
import { type Words, concernNames } from './situation.js';

export type ExpectationTopic = 'feel' | 'hydration' | 'tone' | 'redness' | 'marks' | 'texture' | 'targeted' | 'evidence';

// Melasma-like pigment is not "marks": Cho 2020 did not study it, so it is targeted (v2).
// The topic of each concern, in the order of CONCERNS (options.ts).
const TOPIC_OF: readonly ExpectationTopic[] = ['tone', 'hydration', 'hydration', 'marks', 'texture', 'texture', 'redness', 'targeted', 'targeted', 'targeted', 'feel'];
const TOPIC_ORDER: readonly ExpectationTopic[] = ['feel', 'hydration', 'tone', 'redness', 'marks', 'texture', 'targeted', 'evidence'];
/** The topics with a time frame, from the studies docs/rules.md lists (item 4). */
const TIMED: ReadonlySet<ExpectationTopic> = new Set(['hydration', 'tone', 'redness', 'marks', 'texture']);

export function expectationsFor({ d, plan, say }: Words): Recommendation['expectations'] {
  const chosen: Concern[] = d.rows.includes(7)
    ? ['just-curious']
    : [...plan.support, ...(plan.conditionRedness ? (['redness'] as const) : []), ...plan.targeted];
  return TOPIC_ORDER.flatMap((topic) => {
    const concerns = chosen.filter((c) => TOPIC_OF[CONCERNS.indexOf(c)] === topic);
    if (!concerns.length && topic !== 'evidence') return [];
    // A diagnosed reader's redness gets no serum time frame: the dermatologist's (v3, "Rosacea redness").
    const timed = TIMED.has(topic) && !(topic === 'redness' && plan.conditionRedness);
    const textId = (topic === 'redness' && !timed ? 'expect.condition-redness.text' : `expect.${topic}.text`) as MessageId;
    const text = topic === 'targeted' ? say('expect.targeted.text', concernNames(concerns)) : (say as (id: MessageId) => string)(textId);
    const timeframe = timed ? (say as (id: MessageId) => string)(`expect.${topic}.time` as MessageId) : null;
    return [{ topic, concerns, title: say(`expect.${topic}`), timeframe, text, sources: (CITES[textId] ?? []).map((id) => SOURCE_SHORT[id]()) }];
  });
}

/** The sources that the sentences of this result rest on, in one fixed order, each in full (item 4; v4). */
export function sourcesFor(said: ReadonlySet<MessageId>): Recommendation['sources'] {
  const used = new Set<SourceId>([...said].flatMap((id) => CITES[id] ?? []));
  return SOURCE_IDS.filter((id) => used.has(id)).map((id) => {
    const { where, id: link } = REFERENCES[id];
    return { id, short: SOURCE_SHORT[id](), text: fullReference(REFERENCES[id]), where, ...(link && { link }) };
  });
}
