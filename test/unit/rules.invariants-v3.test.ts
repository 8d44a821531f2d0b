import { describe } from 'vitest';
import { itFailsWhenBroken, type BreakCase } from '../support/break-cases.js';
import { BASE_ANSWERS } from '../support/answer-space.js';

const base = BASE_ANSWERS;

/**
 * Each version 3 invariant can fail: a result that holds them all is broken
 * the way a wrong rule would break it, and the checker must name the break.
 * (The covering suites, fast-check and verify:all run the same checker over
 * the answer space.)
 */
describe('the version 3 invariants fail when their rule is broken', () => {
  const cases: BreakCase[] = [
    [
      'a next step that patch tests the serum for a reader with no serum now',
      { concerns: ['dullness'], expectations: 'days', sensitivity: 'sometimes' },
      (r) => r.nextSteps.push('Patch test the serum first (how: below).'),
      /next step about the serum/,
    ],
    [
      'a next step that says how often, against the routine',
      { concerns: ['dullness'] },
      (r) => (r.nextSteps[0] = 'Add it once a day, where shown below.'),
      /how often/,
    ],
    [
      '"keep using" an active the plan reduces',
      { concerns: ['active-breakouts'], actives: ['exfoliating-acids'], skinNow: 'tight-or-flaky' },
      (r) => r.nextSteps.push('Keep using your exfoliating acids as directed.'),
      /keep using.*reduce/i,
    ],
    [
      '"keep using" both retinoids',
      { concerns: ['stubborn-pigmentation'], actives: ['retinoid', 'prescription-retinoid'] },
      (r) => (r.nextSteps[0] = 'Keep using your retinoid and prescription retinoid as directed.'),
      /both retinoids/,
    ],
    [
      'vitamin C left out of the pause for not-now',
      { skinNow: 'irritated', actives: ['vitamin-c'] },
      (r) => {
        r.plan.actives[0]!.action = 'keep';
        r.nextSteps = r.nextSteps.filter((s) => !/vitamin C/.test(s));
        r.routine.notes = r.routine.notes.filter((s) => !/vitamin C/.test(s));
      },
      /does not pause vitamin C/,
    ],
    [
      'a come-back condition of a matching not-now rule left out',
      { skinNow: 'recent-procedure', sensitivity: 'diagnosed-flaring' },
      (r) => (r.routine.notes[0] = 'Come back once your skin has healed (after a procedure, usually about 7 days).'),
      /come-back condition missing: the flare/,
    ],
    [
      'paused actives restarted all at once',
      { skinNow: 'irritated', actives: ['retinoid', 'exfoliating-acids'] },
      (r) => (r.routine.notes[1] = 'Then restart your retinoid and exfoliating acids.'),
      /restarts several actives at once/,
    ],
    [
      '"the clinic that treated you" for sunburn',
      { skinNow: 'recent-procedure' },
      (r) => (r.referralNote = 'Ask the clinic that treated you before you add any product.'),
      /clinic that treated you/,
    ],
    [
      'the pregnancy line missing for a retinoid user',
      { actives: ['retinoid'] },
      (r) => (r.cautions = []),
      /pregnancy line 0 times/,
    ],
    [
      'the pregnancy line said twice',
      { actives: ['prescription-retinoid'] },
      (r) => r.cautions.push('Retinoids are not for pregnancy; ask a doctor.'),
      /pregnancy line 2 times/,
    ],
    [
      'no "see a doctor" for irritated skin',
      { skinNow: 'irritated' },
      (r) => (r.cautions = []),
      /see a doctor for irritated skin/,
    ],
    [
      'no dermatologist patch testing for skin that reacts to most products',
      { sensitivity: 'most-products' },
      (r) => (r.cautions = []),
      /dermatologist patch testing/,
    ],
    [
      'a strong active named in what helps instead for skin that is not calm',
      { concerns: ['active-breakouts'], skinNow: 'tight-or-flaky' },
      (r) => (r.helpsInstead[0]!.text = 'Breakouts: ask a pharmacist or dermatologist about benzoyl peroxide or adapalene.'),
      /names a strong active/,
    ],
    [
      'what helps instead left out for a targeted concern beside supportive ones',
      { concerns: ['dullness', 'acne-scars'] },
      (r) => (r.helpsInstead = []),
      /what helps instead covers nothing/,
    ],
    [
      '"what you want to change is what a support serum is meant for" beside a targeted concern',
      { concerns: ['dullness', 'dehydration', 'redness', 'acne-scars'], expectations: 'days' },
      (r) => r.reasons.push({ rule: 9, field: 'concerns', option: 'dullness', text: 'What you want to change is what a support serum is meant for.' }),
      /what you want to change/,
    ],
    [
      'a time frame for a rosacea reader\'s redness',
      { concerns: ['redness'], sensitivity: 'diagnosed-controlled' },
      (r) => (r.expectations.find((e) => e.title === 'Redness')!.timeframe = '4 to 6 weeks'),
      /time frame for a diagnosed reader's redness/,
    ],
    [
      'a "Tone and redness" heading for a reader who chose dullness alone',
      { concerns: ['dullness'] },
      (r) => (r.expectations.find((e) => e.title === 'Tone')!.title = 'Tone and redness'),
      /Tone and redness/,
    ],
    [
      'the rosacea survey listed for a reader without rosacea or redness',
      { concerns: ['dullness'], sensitivity: 'often' },
      (r) => r.sources.push({ id: 'rosacea-survey', short: 'National Rosacea Society survey', text: 'Survey of what triggers rosacea.', where: 'National Rosacea Society' }),
      /no sentence rests on it|rosacea survey listed/,
    ],
    [
      'a conflict that names a retinoid alone for a reader on both retinoids and acids',
      { concerns: ['dullness'], actives: ['retinoid', 'prescription-retinoid', 'exfoliating-acids'] },
      (r) => (r.pairings.conflicts = r.pairings.conflicts.filter((c) => !c.actives.includes('prescription-retinoid') || !c.actives.includes('exfoliating-acids'))),
      /conflicts .*the reader has/,
    ],
    [
      'how to fit a serum around an active, for a reader offered no serum',
      { concerns: ['acne-scars'], actives: ['retinoid'] },
      (r) => r.pairings.withCare.push({ active: 'retinoid', actives: ['retinoid'], text: 'Your retinoid can dry and irritate skin.' }),
      /no serum on the table/,
    ],
    [
      'claiming the reader\'s skin is the kind studied',
      { concerns: ['dehydration'] },
      (r) => (r.summary = 'Your skin is the kind these serums were studied on.'),
      /kind studied/,
    ],
    [
      '"fine lines is"',
      { concerns: ['fine-lines'] },
      (r) => (r.reasons[0]!.text = 'Fine lines is what a support serum is meant for.'),
      /fine lines is/i,
    ],
    [
      'a plan that keeps a strong active for not-now',
      { skinNow: 'irritated', actives: ['exfoliating-acids'] },
      (r) => (r.plan.actives[0]!.action = 'keep'),
      /plan for the actives/,
    ],
  ];

  itFailsWhenBroken(cases, base);
});
