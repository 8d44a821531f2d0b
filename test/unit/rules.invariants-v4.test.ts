import { describe } from 'vitest';
import type { Answers, Recommendation } from '../../src/rules/index.js';
import { BASE_ANSWERS } from '../support/answer-space.js';
import { itFailsWhenBroken, type BreakCase } from '../support/break-cases.js';

const base = BASE_ANSWERS;
const rosacea: Partial<Answers> = { concerns: ['redness', 'dullness'], actives: ['retinoid', 'exfoliating-acids', 'benzoyl-peroxide'], sensitivity: 'diagnosed-controlled', skinNow: 'tight-or-flaky' };
const plan = (r: Recommendation, active: string) => r.plan.actives.find((x) => x.active === active)!;

/**
 * Each version 4 invariant can fail: a result that holds them all is broken
 * the way the wrong rule would break it (often the version 3 words), and the
 * checker must name the break. The covering design, fast-check and
 * verify:all run the same checker over the answer space.
 */
describe('the version 4 invariants fail when their rule is broken', () => {
  const cases: BreakCase[] = [
    [
      'a diagnosed reader told only to use acids less often',
      { sensitivity: 'diagnosed-controlled', actives: ['exfoliating-acids'] },
      (r) => {
        plan(r, 'exfoliating-acids').action = 'reduce';
        r.nextSteps[0] = 'Use your exfoliating acids less often until your skin is comfortable.';
      },
      /diagnosed reader: exfoliating-acids is reduce/,
    ],
    [
      'tight, reactive skin that keeps its retinoid (reduce only)',
      { sensitivity: 'often', skinNow: 'tight-or-flaky', actives: ['retinoid'] },
      (r) => (plan(r, 'retinoid').action = 'reduce'),
      /tight, reactive skin: retinoid is reduce/,
    ],
    [
      'ceramides paused after a procedure',
      { skinNow: 'recent-procedure', actives: ['ceramides'] },
      (r) => {
        plan(r, 'ceramides').action = 'pause';
        r.nextSteps.push('Pause your ceramides.');
      },
      /ceramides is pause, not kept[\s\S]*named among what to pause/,
    ],
    [
      'a prescription paused with no word to its prescriber',
      { skinNow: 'irritated', actives: ['prescription-retinoid'] },
      (r) => (r.nextSteps = r.nextSteps.map((s) => (/prescriber/.test(s) ? 'Pause your prescription retinoid.' : s))),
      /pauses or reduces a prescription without its prescriber/,
    ],
    [
      'a reduce step beside a plain "add the serum"',
      { skinNow: 'tight-or-flaky', sensitivity: 'sometimes', actives: ['exfoliating-acids'] },
      (r) => (r.nextSteps = ['Use your exfoliating acids less often until your skin is comfortable.', 'Patch test the serum at home first (see below).', 'Add the serum as shown in your routine.']),
      /pause or reduce step beside a plain "add the serum"/,
    ],
    [
      'a rosacea reader\'s redness called what a support serum is for',
      rosacea,
      (r) => (r.reasons[r.reasons.length - 1]!.text = 'You chose dullness and redness: those are what a support serum is for.'),
      /redness named among a serum's concerns/,
    ],
    [
      'a serum patch test where no serum is offered',
      { concerns: ['acne-scars'], sensitivity: 'sometimes' },
      (r) => (r.patchTest = { text: 'Patch test at home: try the serum on your inner arm twice a day for 7 to 10 days; skip it if it itches or reddens.' }),
      /serum patch test where no serum is offered/,
    ],
    [
      '"the whole formula" where no serum is offered',
      { skinNow: 'irritated', sensitivity: 'often' },
      (r) => r.reasons.push({ rule: 8, field: 'sensitivity', option: 'often', text: 'Skin that often reacts responds to the whole formula, not one ingredient.' }),
      /whole formula/,
    ],
    [
      'a new ingredient offered beside "one product"',
      { actives: ['none'] },
      (r) => (r.pairings.pairsWell = { actives: [], text: 'Pairs well with the serum: niacinamide, peptides, panthenol and centella.' }),
      /pairs well suggests niacinamide[\s\S]*no source here supports/,
    ],
    [
      '"has approved no product", wider than the FDA notice',
      {},
      (r) => (r.expectations.find((e) => e.topic === 'evidence')!.text = 'Early and small. The FDA, the US regulator, has approved no product.'),
      /regulatory line wider than its source/,
    ],
    [
      'the rosacea survey stretched to eczema and dermatitis',
      { sensitivity: 'diagnosed-controlled' },
      (r) => (r.reasons.find((x) => x.option === 'diagnosed-controlled')!.text = 'Fragrance and some preservatives often trigger rosacea, eczema and dermatitis.'),
      /stretched to eczema and dermatitis/,
    ],
    [
      'the EU ban credited to an article, with no regulation listed',
      {},
      (r) => (r.sources = r.sources.filter((s) => s.id !== 'eu-cosmetics')),
      /EU ban and its regulation/,
    ],
    [
      'healing said four times after a procedure',
      { skinNow: 'recent-procedure' },
      (r) => r.nextSteps.unshift('Let the skin heal fully first.', 'Wait until it has healed.'),
      /healing said more than twice/,
    ],
    [
      '"for the rest" pointing at nothing',
      { concerns: ['dullness', 'acne-scars'], sensitivity: 'rarely' },
      (r) => r.reasons.push({ rule: 8, field: 'concerns', option: 'acne-scars', text: 'For the rest, a serum can support treatment, not replace it.' }),
      /for the rest/,
    ],
    [
      '"ask again"',
      { sensitivity: 'diagnosed-flaring' },
      (r) => (r.summary = 'A flare comes first. Once it is under control, ask again.'),
      /ask again/,
    ],
    [
      '"a treatment your skin tolerates" to skin that rarely reacts',
      { concerns: ['active-breakouts'], actives: ['benzoyl-peroxide'] },
      (r) => (r.helpsInstead[0]!.text = 'Breakouts: a dermatologist can find a treatment your skin tolerates.'),
      /treatment your skin tolerates/,
    ],
    [
      '"balanced skin may enjoy the ritual" to tight, flaky skin',
      { concerns: ['just-curious'], skinNow: 'tight-or-flaky' },
      (r) => (r.reasons[0]!.text = 'You are curious; balanced skin may enjoy the ritual but does not need it.'),
      /balanced skin may enjoy/,
    ],
    [
      'granulomas said to a reader with no treated skin',
      {},
      (r) => r.reasons.push({ rule: 9, field: 'concerns', option: 'dullness', text: 'Products have caused granulomas.' }),
      /granulomas said/,
    ],
    [
      '"tretinoin" said of any prescription retinoid',
      { actives: ['prescription-retinoid', 'benzoyl-peroxide'] },
      (r) => (r.pairings.conflicts[0]!.text = 'Benzoyl peroxide can break down tretinoin: use them at different times of day.'),
      /"tretinoin" said of any prescription retinoid/,
    ],
    [
      'an optional next step that is not a choice',
      { concerns: ['just-curious'] },
      (r) => (r.nextSteps = ['Add the serum as shown in your routine.']),
      /not framed as a choice/,
    ],
    [
      'a next step with its own frequency',
      {},
      (r) => (r.nextSteps[0] = 'Add the serum twice a day.'),
      /gives its own frequency/,
    ],
    [
      'one kind of test for both: no allergy patch testing by a dermatologist',
      { sensitivity: 'most-products' },
      (r) => (r.cautions = r.cautions.map((c) => c.replace('do allergy patch testing', 'patch test you'))),
      /no allergy patch testing by a dermatologist/,
    ],
  ];

  itFailsWhenBroken(cases, base);
});
