/** docs/rules.md item 4: time frames by concern, each with its sources, and the result's source list. */
import { AAD_NAME, EXPECTATION_TOPIC, SOURCE_TEXT, CONCERN_NAME, listNames, type ExpectationTopic, type SourceId } from './content.js';
import type { Concern } from './options.js';
import type { Recommendation } from './result.js';
import type { Situation } from './situation.js';

// Melasma-like pigment is not "marks": Cho 2020 did not study it, so it is targeted (v2).
const TOPIC_OF: Record<Concern, ExpectationTopic> = {
  dullness: 'tone',
  dehydration: 'hydration',
  'slow-recovery': 'hydration',
  'post-blemish-marks': 'marks',
  'mild-texture': 'texture',
  'fine-lines': 'texture',
  redness: 'tone',
  'active-breakouts': 'targeted',
  'stubborn-pigmentation': 'targeted',
  'acne-scars': 'targeted',
  'just-curious': 'feel',
};
const TOPIC_ORDER: readonly ExpectationTopic[] = ['feel', 'hydration', 'tone', 'marks', 'texture', 'targeted', 'evidence'];

const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function expectationsFor(s: Situation): Recommendation['expectations'] {
  return TOPIC_ORDER.flatMap((topic) => {
    const concerns = s.a.concerns.filter((c) => TOPIC_OF[c] === topic);
    if (!concerns.length && topic !== 'evidence') return [];
    const { sources, ...item } = EXPECTATION_TOPIC[topic];
    const text =
      topic === 'targeted' ? `${capitalize(listNames(concerns.map((c) => CONCERN_NAME[c]!)))}.` : item.text;
    return [{ topic, concerns, ...item, text, sources: sources.map((id) => SOURCE_TEXT[id]) }];
  });
}

/** What each row of the precedence table rests on (docs/rules.md, "why (source)"). */
const ROW_SOURCES: Record<number, SourceId[]> = {
  1: ['kwon-2020', 'jama-derm-2014'],
  2: ['aad-reactions', 'dermnet'],
  3: ['article-repair'],
  4: ['article-jade'],
  5: ['article-jade', 'aad-timing'],
  6: ['article-repair'],
  7: ['article-jade'],
  8: ['article-repair', 'rosacea-survey'],
  9: [],
};
const HELPS_SOURCE: Partial<Record<Concern, SourceId>> = {
  'active-breakouts': 'aad-acne',
  'stubborn-pigmentation': 'aad-melasma',
  'acne-scars': 'aad-acne-scars',
};

const SOURCE_ORDER = Object.keys(SOURCE_TEXT) as SourceId[];

/** Every source this result relied on, in one fixed order (docs/rules.md item 4). */
export function sourcesFor(
  s: Situation,
  r: Pick<Recommendation, 'expectations' | 'helpsInstead' | 'pairings' | 'patchTest' | 'buying'>,
): Recommendation['sources'] {
  const used = new Set<SourceId>(s.rows.flatMap((row) => ROW_SOURCES[row]!));
  for (const e of r.expectations) for (const id of EXPECTATION_TOPIC[e.topic].sources) used.add(id);
  for (const h of r.helpsInstead) used.add(HELPS_SOURCE[h.concern]!);
  if (r.pairings.pairsWell.length) used.add('article-repair');
  if (r.pairings.withCare.length) used.add('dermnet');
  if (r.pairings.conflicts.some((c) => c.actives.includes('benzoyl-peroxide'))) used.add('aad-acne');
  if (r.patchTest) used.add('aad-patch-2021');
  if (r.buying.length) used.add('article-jade');
  const first = SOURCE_ORDER.find((id) => id.startsWith('aad') && used.has(id));
  return SOURCE_ORDER.filter((id) => used.has(id)).map((id) => ({
    id,
    text: id === first ? SOURCE_TEXT[id].replace('AAD', AAD_NAME) : SOURCE_TEXT[id],
  }));
}
