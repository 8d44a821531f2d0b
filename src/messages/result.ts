/**
 * Every sentence a result can show, keyed by id: whole sentences with named
 * placeholders, English as the source. The rules choose ids
 * (src/rules/*.ts), never words; the sources each sentence rests on are in
 * src/rules/cites.ts; `npm run sheet` lists them all (docs/content-sheet.md).
 * Facts from docs/rules.md and the two source articles; the words are ours:
 * plain, calm, no promises, each thing said once.
 *
 * The key of each entry is its `msg()` id (test/unit/messages.test.ts holds
 * them equal), so a translator's file, the content sheet and the tests name
 * a sentence the same way.
 */
import { msg, str } from '@lit/localize';

export const RESULT = {
  // The verdict's label and headline (docs/rules.md item 1).
  'verdict.good-fit': () => msg('A good fit', { id: 'verdict.good-fit' }),
  'verdict.fits-with-care': () => msg('A fit, with care', { id: 'verdict.fits-with-care' }),
  'verdict.optional': () => msg('Optional', { id: 'verdict.optional' }),
  'verdict.not-now': () => msg('Not right now', { id: 'verdict.not-now' }),
  'verdict.not-the-right-tool': () => msg('Not the right tool', { id: 'verdict.not-the-right-tool' }),
  'headline.good-fit': () => msg('An exosome serum suits what you want.', { id: 'headline.good-fit' }),
  'headline.fits-with-care': () => msg('An exosome serum can work for you if you start carefully.', { id: 'headline.fits-with-care' }),
  'headline.optional': () => msg('Nice to have if you enjoy it; your skin does not need it.', { id: 'headline.optional' }),
  'headline.not-now': () => msg('Hold off for now: let your skin settle first.', { id: 'headline.not-now' }),
  'headline.not-the-right-tool': () => msg('An exosome serum is unlikely to give you what you want.', { id: 'headline.not-the-right-tool' }),
  'headline.basics-first': () => msg('Hold off: first find a short routine your skin tolerates.', { id: 'headline.basics-first' }),

  // The referral note, right after the verdict (item 9; v3: sunburn is not a clinic visit).
  'referral.dermatologist': () => msg('See a dermatologist: they can treat what a serum cannot.', { id: 'referral.dermatologist' }),
  'referral.practitioner': () =>
    msg('If a clinic treated you, follow its aftercare plan and ask it before adding anything; some clinics use exosome products after procedures.', { id: 'referral.practitioner' }),

  // The summary follows the deciding row and the reader (item 1).
  'summary.procedure': () => msg('Treated or broken skin must heal fully before anything new goes on it.', { id: 'summary.procedure' }),
  'summary.flare': () => msg('A flare comes first. Once it is under control, come back to this quiz.', { id: 'summary.flare' }),
  'summary.irritated': () => msg('Burning or stinging skin needs only the basics for now.', { id: 'summary.irritated' }),
  'summary.most-products': () => msg('A new product now would be one more thing to react to.', { id: 'summary.most-products' }),
  'summary.days': () => msg('These serums work slowly, over weeks.', { id: 'summary.days' }),
  'summary.targeted': () => msg('This needs targeted treatment; a serum alone is not enough.', { id: 'summary.targeted' }),
  'summary.curious': () => msg('A gentle step if you like the feel; skipping it costs nothing.', { id: 'summary.curious' }),
  'summary.good-fit': () => msg('Studies measured hydration, redness and tone. Expect a subtle change with regular use.', { id: 'summary.good-fit' }),
  'summary.parts': (support: string, targeted: string) =>
    msg(str`A support serum is for your ${support}; for your ${targeted}, you need targeted treatment.`, { id: 'summary.parts' }),
  'summary.targeted-only': (targeted: string) =>
    msg(str`For your ${targeted}, you need targeted treatment; a serum can only support it.`, { id: 'summary.targeted-only' }),
  'summary.care': (reasons: string) => msg(str`Start with care because of ${reasons}.`, { id: 'summary.care' }),
  'summary.if-patient': (verdict: string) => msg(str`If you can give it 1 to 3 months, the answer is: ${verdict}.`, { id: 'summary.if-patient' }),
  'summary.patience-same': () => msg('More time would not change this answer.', { id: 'summary.patience-same' }),
  'care.reacts': () => msg('skin that reacts easily', { id: 'care.reacts' }),
  'care.condition': () => msg('a condition that makes skin react', { id: 'care.condition' }),
  'care.tight': () => msg('tight, flaky skin', { id: 'care.tight' }),

  // Next steps: at most three, in order, read from the plan (item 2; v3; v4).
  'next.flare': () => msg('Have a dermatologist treat the flare first.', { id: 'next.flare' }),
  'next.pause': (actives: string) => msg(str`Pause your ${actives}.`, { id: 'next.pause' }),
  'next.pause.prescription': (actives: string) =>
    msg(str`Pause your ${actives}, and tell your prescriber that you have paused your prescription retinoid.`, { id: 'next.pause.prescription' }),
  'next.pause-until-comfortable': (actives: string) =>
    msg(str`Pause your ${actives} until your skin is comfortable; then restart them one at a time.`, { id: 'next.pause-until-comfortable' }),
  'next.pause-until-comfortable.dermatologist': (actives: string) =>
    msg(str`Pause your ${actives} until your skin is comfortable, and ask your dermatologist before you restart them.`, { id: 'next.pause-until-comfortable.dermatologist' }),
  'next.basics': () => msg('Keep to the calm basics below.', { id: 'next.basics' }),
  'next.instead': () => msg('Start with what helps instead, below.', { id: 'next.instead' }),
  'next.keep': (actives: string) => msg(str`Keep using your ${actives} as directed.`, { id: 'next.keep' }),
  'next.reduce': (actives: string) => msg(str`Use your ${actives} less often until your skin is comfortable.`, { id: 'next.reduce' }),
  'next.ask-prescriber': () => msg('Ask your prescriber whether to use your prescription retinoid less often.', { id: 'next.ask-prescriber' }),
  'next.ask-dermatologist': (actives: string) =>
    msg(str`Ask your dermatologist how to use your ${actives}.`, { id: 'next.ask-dermatologist' }),
  'next.choose': () => msg('Ask your prescriber which one retinoid to keep.', { id: 'next.choose' }),
  'next.moisturize': () => msg('For now, a good moisturizer can help skin feel hydrated within days.', { id: 'next.moisturize' }),
  'next.patch': () => msg('Patch test the serum at home first (see below).', { id: 'next.patch' }),
  'next.start': () => msg('Add the serum as shown in your routine.', { id: 'next.start' }),
  'next.calm-first': () =>
    msg('Once your skin has been comfortable for a week or two, add the serum as shown in your routine.', { id: 'next.calm-first' }),
  'next.calm-first.patch': () =>
    msg('Once your skin has been comfortable for a week or two, patch test the serum at home, then add it as shown in your routine.', { id: 'next.calm-first.patch' }),
  'next.optional': () => msg('If you would like to try one, add it as shown in your routine.', { id: 'next.optional' }),
  'next.optional.patch': () =>
    msg('If you would like to try one, patch test it at home first, then add it as shown in your routine.', { id: 'next.optional.patch' }),
  'next.optional.calm-first': () =>
    msg('If you would like to try one, wait until your skin has been comfortable for a week or two, then add it as shown in your routine.', { id: 'next.optional.calm-first' }),
  'next.optional.calm-first.patch': () =>
    msg('If you would like to try one, wait until your skin has been comfortable for a week or two, then patch test it at home and add it as shown in your routine.', { id: 'next.optional.calm-first.patch' }),
  'next.judge': () => msg('Give it time: judge it by what to expect, below.', { id: 'next.judge' }),

  // Safety lines for every verdict (v3 "When to get help", "Pregnancy"; v4 two kinds of test).
  'caution.pregnancy': () => msg('Retinoids are not for pregnancy or trying to conceive: ask a doctor.', { id: 'caution.pregnancy' }),
  'caution.get-help': () => msg('See a doctor if it blisters, swells, spreads or has not settled within about a week.', { id: 'caution.get-help' }),
  'caution.allergy-test': () =>
    msg('A dermatologist can do allergy patch testing to find what your skin reacts to.', { id: 'caution.allergy-test' }),

  // Reasons explain; advice and time frames live elsewhere (item 3).
  'reason.procedure': () =>
    msg('Products pushed into treated or broken skin have caused granulomas (firm lumps under the skin).', { id: 'reason.procedure' }),
  'reason.flare': () => msg('A flare needs treatment before anything new.', { id: 'reason.flare' }),
  'reason.irritated': () => msg('Adding more to burning skin is rarely the answer.', { id: 'reason.irritated' }),
  'reason.most-products': () => msg('Your skin reacts to most products, so each new one is a risk.', { id: 'reason.most-products' }),
  'reason.days': () => msg('You hope for change within 2 weeks; most skincare needs 6 weeks or more.', { id: 'reason.days' }),
  'reason.breakouts': () => msg('Breakouts need acne treatment; a serum will not clear them.', { id: 'reason.breakouts' }),
  'reason.pigmentation': () => msg('Stubborn pigmentation, such as melasma, needs a pigment treatment.', { id: 'reason.pigmentation' }),
  'reason.scars': () => msg('Pitted acne scars change with procedures, not a serum.', { id: 'reason.scars' }),
  'reason.curious': () => msg('You are curious; balanced skin may enjoy the ritual but does not need it.', { id: 'reason.curious' }),
  'reason.curious.not-needed': () => msg('You are curious; an exosome serum is an option, and your skin does not need it.', { id: 'reason.curious.not-needed' }),
  'reason.reacts': () => msg('Skin that often reacts responds to the whole formula, not one ingredient.', { id: 'reason.reacts' }),
  'reason.condition': () =>
    msg('Fragrance and some preservatives often trigger rosacea, and eczema care advises against harsh products.', { id: 'reason.condition' }),
  'reason.tight': () => msg('Tight, flaky skin needs gentle care.', { id: 'reason.tight' }),
  'reason.targeted': (targeted: string) => msg(str`For your ${targeted}, a serum can support treatment, not replace it.`, { id: 'reason.targeted' }),
  'reason.support.one': (concern: string) => msg(str`You chose ${concern}: that is what a support serum is for.`, { id: 'reason.support.one' }),
  'reason.support.other': (concerns: string) => msg(str`You chose ${concerns}: those are what a support serum is for.`, { id: 'reason.support.other' }),
  'reason.support-all': () => msg('Everything you chose is what a support serum is for.', { id: 'reason.support-all' }),
  'reason.strong': () => msg('Strong actives do not rule it out; a repair-minded serum may help.', { id: 'reason.strong' }),

  // What helps instead, per targeted concern (item 5; v3 "What helps instead, safely").
  'instead.breakouts.ask': () =>
    msg('Breakouts: ask a pharmacist or dermatologist about benzoyl peroxide or adapalene (a retinoid sold without a prescription).', { id: 'instead.breakouts.ask' }),
  'instead.breakouts.see': () => msg('Breakouts: a dermatologist can find a treatment that suits your skin.', { id: 'instead.breakouts.see' }),
  'instead.breakouts.see.reactive': () => msg('Breakouts: a dermatologist can find a treatment your skin tolerates.', { id: 'instead.breakouts.see.reactive' }),
  'instead.breakouts.condition': () =>
    msg('Breakouts: see a dermatologist; with rosacea or eczema, bumps may not be acne, and acne products can irritate.', { id: 'instead.breakouts.condition' }),
  'instead.pigmentation': () =>
    msg('Stubborn pigmentation: wear broad-spectrum sunscreen (it blocks both kinds of UV) daily; a dermatologist can choose a pigment treatment.', { id: 'instead.pigmentation' }),
  'instead.scars': () =>
    msg('Acne scars: a dermatologist can offer microneedling (many fine needle pricks) or resurfacing (removing a thin top layer).', { id: 'instead.scars' }),

  // The routine (item 5): every active the reader keeps has a place.
  'routine.cleanse.morning': () => msg('Rinse, or cleanse gently.', { id: 'routine.cleanse.morning' }),
  'routine.cleanse.evening': () => msg('Cleanse gently.', { id: 'routine.cleanse.evening' }),
  'routine.serum.morning': () => msg('Apply the exosome serum.', { id: 'routine.serum.morning' }),
  'routine.serum.every-night': () => msg('Apply the exosome serum again.', { id: 'routine.serum.every-night' }),
  'routine.serum.other-nights': () => msg('On other nights, apply the exosome serum.', { id: 'routine.serum.other-nights' }),
  'routine.water-serums': (actives: string) => msg(str`Apply your ${actives}.`, { id: 'routine.water-serums' }),
  'routine.peroxide': () => msg('Apply your benzoyl peroxide where needed.', { id: 'routine.peroxide' }),
  'routine.peroxide.less': () => msg('Apply your benzoyl peroxide where needed, less often than now.', { id: 'routine.peroxide.less' }),
  'routine.peroxide.dermatologist': () =>
    msg('Apply your benzoyl peroxide only as your dermatologist advises.', { id: 'routine.peroxide.dermatologist' }),
  'routine.nights.one.serum': (night: string) => msg(str`On your ${night} nights, use it instead of the serum.`, { id: 'routine.nights.one.serum' }),
  'routine.nights.other.serum': (nights: string) =>
    msg(str`On your ${nights} nights, use one a night, instead of the serum.`, { id: 'routine.nights.other.serum' }),
  'routine.nights.one': (night: string) => msg(str`On your ${night} nights, apply it.`, { id: 'routine.nights.one' }),
  'routine.nights.other': (nights: string) => msg(str`On your ${nights} nights, apply one a night.`, { id: 'routine.nights.other' }),
  'routine.nights.less': (actives: string) => msg(str`Use your ${actives} less often than now, until your skin is comfortable.`, { id: 'routine.nights.less' }),
  'routine.nights.prescriber': () => msg('Your prescriber decides how often to use your prescription retinoid.', { id: 'routine.nights.prescriber' }),
  'routine.nights.dermatologist': () => msg('Your dermatologist decides how often.', { id: 'routine.nights.dermatologist' }),
  'routine.moisturize': () => msg('Moisturize.', { id: 'routine.moisturize' }),
  'routine.moisturize.with': (actives: string) => msg(str`Moisturize, with your ${actives}.`, { id: 'routine.moisturize.with' }),
  'routine.moisturize.with.aftercare': (actives: string) =>
    msg(str`Moisturize, with your ${actives}, unless a clinic's aftercare plan says otherwise.`, { id: 'routine.moisturize.with.aftercare' }),
  'routine.moisturize.evening': () => msg('Moisturize to finish.', { id: 'routine.moisturize.evening' }),
  'routine.sunscreen': () => msg('Finish with sunscreen, SPF 30+.', { id: 'routine.sunscreen' }),
  'routine.come-back': (conditions: string) => msg(str`Come back to this quiz once ${conditions}.`, { id: 'routine.come-back' }),
  'routine.restart': (actives: string) => msg(str`Then restart your ${actives}, one at a time, about a week apart.`, { id: 'routine.restart' }),
  'routine.restart.prescription': (actives: string) =>
    msg(str`Then restart your ${actives}, one at a time, about a week apart; ask your prescriber before you restart your prescription retinoid.`, { id: 'routine.restart.prescription' }),
  'come-back.healed': () => msg('your skin has healed (after a procedure, usually about 7 days)', { id: 'come-back.healed' }),
  'come-back.flare-treated': () => msg('a dermatologist has the flare under control', { id: 'come-back.flare-treated' }),
  'come-back.calm': () => msg('your skin no longer burns or stings', { id: 'come-back.calm' }),
  'come-back.basics-tolerated': () => msg('your skin tolerates this short routine', { id: 'come-back.basics-tolerated' }),

  // Pairings (item 6; v4 "One product"): only the reader's own actives.
  'pairs.well': (actives: string) => msg(str`Pairs well with the serum: your ${actives}.`, { id: 'pairs.well' }),
  'pairs.enough': () => msg('Beside the serum, a plain moisturizer and sunscreen are enough.', { id: 'pairs.enough' }),
  'pairs.with-care': (actives: string) => msg(str`Your ${actives} can dry and irritate skin.`, { id: 'pairs.with-care' }),
  'conflict.retinoid-acids': () => msg('Your retinoid and acids take different nights.', { id: 'conflict.retinoid-acids' }),
  'conflict.prescription-acids': () => msg('Your prescription retinoid and acids take different nights.', { id: 'conflict.prescription-acids' }),
  'conflict.peroxide-prescription': () =>
    msg('If your prescription retinoid is tretinoin, use benzoyl peroxide at another time of day.', { id: 'conflict.peroxide-prescription' }),
  'conflict.two-retinoids': () => msg('Your two retinoids do not go together.', { id: 'conflict.two-retinoids' }),
  'pairs.one-at-a-time': () => msg('Bring in one new product at a time, a week apart.', { id: 'pairs.one-at-a-time' }),

  // Two kinds of test, named apart (v4): at home, and by a dermatologist (caution.allergy-test).
  'patch.serum': () =>
    msg('Patch test at home: try the serum on your inner arm twice a day for 7 to 10 days; skip it if it itches or reddens.', { id: 'patch.serum' }),
  'patch.any-product': () =>
    msg('Patch test at home: try any new product, such as a treatment a dermatologist gives you, on your inner arm twice a day for 7 to 10 days.', { id: 'patch.any-product' }),

  // Buying (item 8; seed 001, "How to Choose One").
  'buying.sourcing': () =>
    msg('Clear sourcing: plant or lab-grown; human-derived ingredients are banned in EU cosmetics.', { id: 'buying.sourcing' }),
  'buying.claims': () => msg('Modest claims: no “stem cell therapy” or overnight promises.', { id: 'buying.claims' }),
  'buying.fragrance-free': () => msg('A short, fragrance-free formula.', { id: 'buying.fragrance-free' }),
  'buying.fragrance-free.stressed': () => msg('A short, fragrance-free formula, above all for skin that reacts.', { id: 'buying.fragrance-free.stressed' }),
  'buying.price': () => msg('A fair price: dearer is not always better.', { id: 'buying.price' }),
  'buying.one-product': () => msg('One product, not the whole line.', { id: 'buying.one-product' }),
  disclaimer: () => msg('General information, not medical advice or a diagnosis.', { id: 'disclaimer' }),

  // What to expect, by concern (item 4): title, time frame, text.
  'expect.feel': () => msg('How it feels', { id: 'expect.feel' }),
  'expect.feel.text': () => msg('Mostly, you notice how it feels.', { id: 'expect.feel.text' }),
  'expect.hydration': () => msg('Hydration', { id: 'expect.hydration' }),
  'expect.hydration.time': () => msg('2 to 4 weeks', { id: 'expect.hydration.time' }),
  'expect.hydration.text': () => msg('May measurably improve.', { id: 'expect.hydration.text' }),
  'expect.tone': () => msg('Tone', { id: 'expect.tone' }),
  'expect.tone.time': () => msg('4 to 6 weeks', { id: 'expect.tone.time' }),
  'expect.tone.text': () => msg('May even out, if at all.', { id: 'expect.tone.text' }),
  'expect.redness': () => msg('Redness', { id: 'expect.redness' }),
  'expect.redness.time': () => msg('4 to 6 weeks', { id: 'expect.redness.time' }),
  'expect.redness.text': () => msg('May lessen, if at all.', { id: 'expect.redness.text' }),
  'expect.condition-redness.text': () =>
    msg('A dermatologist treats redness from your condition; a serum may only support comfort.', { id: 'expect.condition-redness.text' }),
  'expect.marks': () => msg('Marks after breakouts', { id: 'expect.marks' }),
  'expect.marks.time': () => msg('4 to 8 weeks', { id: 'expect.marks.time' }),
  'expect.marks.text': () => msg('Modest, and only with daily sunscreen.', { id: 'expect.marks.text' }),
  'expect.texture': () => msg('Fine lines and texture', { id: 'expect.texture' }),
  'expect.texture.time': () => msg('about 12 weeks', { id: 'expect.texture.time' }),
  'expect.texture.text': () => msg('Slow; early plumping is hydration.', { id: 'expect.texture.text' }),
  'expect.targeted': () => msg('Targeted concerns', { id: 'expect.targeted' }),
  'expect.targeted.text': (concerns: string) => msg(str`A serum is unlikely to change your ${concerns}.`, { id: 'expect.targeted.text' }),
  'expect.evidence': () => msg('Evidence', { id: 'expect.evidence' }),
  'expect.evidence.text': () =>
    msg('Early and small: 6 to 56 people, 2 to 12 weeks, often paid for by makers. No exosome product is FDA-approved (FDA: the US regulator).', { id: 'expect.evidence.text' }),
} satisfies Record<string, (...fill: string[]) => string>;

export type MessageId = keyof typeof RESULT;

/** The result's section titles, on screen and in the copied text (one list: src/rules/sections.ts). */
export const SECTION = {
  get title() { return msg('My exosome serum quiz result', { id: 'section.title' }); },
  get next() { return msg('Next steps', { id: 'section.next' }); },
  get cautions() { return msg('Take care', { id: 'section.cautions' }); },
  get why() { return msg('Why', { id: 'section.why' }); },
  get expect() { return msg('What to expect', { id: 'section.expect' }); },
  get expectLater() { return msg('What to expect, later', { id: 'section.expect-later' }); },
  get routine() { return msg('Where it goes in your routine', { id: 'section.routine' }); },
  get routineIfTime() { return msg('If you give it time: your routine', { id: 'section.routine-if-time' }); },
  get basics() { return msg('For now: the calm basics', { id: 'section.basics' }); },
  get keep() { return msg('Your routine, without a serum', { id: 'section.keep' }); },
  get instead() { return msg('What helps instead', { id: 'section.instead' }); },
  get morning() { return msg('Morning', { id: 'section.morning' }); },
  get evening() { return msg('Evening', { id: 'section.evening' }); },
  get pairings() { return msg('Pairings', { id: 'section.pairings' }); },
  get pairingsLater() { return msg('Pairings, for later', { id: 'section.pairings-later' }); },
  get conflicts() { return msg('Keep apart', { id: 'section.conflicts' }); },
  get patchTest() { return msg('Patch test', { id: 'section.patch-test' }); },
  get patchTestLater() { return msg('Patch test, later', { id: 'section.patch-test-later' }); },
  get buying() { return msg('When buying, look for', { id: 'section.buying' }); },
  get sources() { return msg('Sources', { id: 'section.sources' }); },
  get share() { return msg('See this result again', { id: 'section.share' }); },
  /** "Hydration, 2 to 4 weeks: May measurably improve." */
  expectation: (title: string, time: string, text: string) => msg(str`${title}, ${time}: ${text}`, { id: 'section.expectation' }),
  expectationUntimed: (title: string, text: string) => msg(str`${title}: ${text}`, { id: 'section.expectation-untimed' }),
  /** "See this result again: https://…" */
  shareLine: (url: string) => msg(str`See this result again: ${url}`, { id: 'section.share-line' }),
};
