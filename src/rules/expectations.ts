/** docs/rules.md item 4, read from the plan: time frames by concern, each with its sources; the source list. */
import { AAD_NAME, EXPECTATION_TOPIC, SOURCE_TEXT, listNames, type ExpectationTopic, type Line, type SourceId } from './content.js';
import { CONCERNS, type Concern } from './options.js';
import type { Recommendation } from './result.js';
import { type Words, capitalize, concernName } from './situation.js';

// Melasma-like pigment is not "marks": Cho 2020 did not study it, so it is targeted (v2).
// The topic of each concern, in the order of CONCERNS (options.ts).
const TOPIC_OF: readonly ExpectationTopic[] = ['tone', 'hydration', 'hydration', 'marks', 'texture', 'texture', 'redness', 'targeted', 'targeted', 'targeted', 'feel'];
const TOPIC_ORDER: readonly ExpectationTopic[] = ['feel', 'hydration', 'tone', 'redness', 'marks', 'texture', 'targeted', 'evidence'];

export function expectationsFor({ d, plan }: Words): Recommendation['expectations'] {
  const chosen: Concern[] = d.rows.includes(7) ? ['just-curious'] : [...plan.support, ...plan.targeted];
  return TOPIC_ORDER.flatMap((topic) => {
    const concerns = chosen.filter((c) => TOPIC_OF[CONCERNS.indexOf(c)] === topic);
    if (!concerns.length && topic !== 'evidence') return [];
    // A diagnosed reader's redness gets no serum time frame (v3, "Rosacea redness").
    const [title, timeframe, words, ...sources] = EXPECTATION_TOPIC[topic === 'redness' && plan.condition ? 'condition-redness' : topic];
    const text = topic === 'targeted' ? `${capitalize(listNames(concerns.map(concernName)))}.` : words;
    return [{ topic, concerns, title, timeframe, text, sources: sources.map((id) => SOURCE_TEXT[id]) }];
  });
}

const SOURCE_ORDER = Object.keys(SOURCE_TEXT) as SourceId[];

/** The sources that the sentences of this result rest on, in one fixed order (item 4; v3). */
export function sourcesFor(said: ReadonlySet<Line>, expectations: Recommendation['expectations']): Recommendation['sources'] {
  const used = new Set<SourceId>([...said].flatMap((line) => (Array.isArray(line) ? line.slice(1) : []) as SourceId[]));
  for (const e of expectations) {
    const [, , , ...sources] = EXPECTATION_TOPIC[e.timeframe || e.topic !== 'redness' ? e.topic : 'condition-redness'];
    for (const id of sources) used.add(id);
  }
  const first = SOURCE_ORDER.find((id) => id.startsWith('aad') && used.has(id));
  return SOURCE_ORDER.filter((id) => used.has(id)).map((id) => ({
    id,
    text: id === first ? SOURCE_TEXT[id].replace('AAD', AAD_NAME) : SOURCE_TEXT[id],
  }));
}
