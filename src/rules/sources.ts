/**
 * What each sentence rests on (docs/rules.md v3 "Sources that support what
 * is said"; v4 "Sources said exactly"): a result lists a source only when it
 * shows a sentence that cites it. The full reference of each source (title,
 * where it was published, year, identifier) is what the result's source list
 * and the content sheet show; titles are not translated.
 */
import type { MessageId } from '../messages/result.js';

export const SOURCE_IDS = [
  'centella-2025',
  'proffer-2022',
  'kaufman-janette-2023',
  'cho-2020',
  'wyles-2024',
  'taub-2024',
  'cureus-2026',
  'fda-2019',
  'eu-cosmetics',
  'kwon-2020',
  'jama-derm-2014',
  'aad-timing',
  'aad-reactions',
  'aad-acne',
  'aad-melasma',
  'aad-acne-scars',
  'aad-patch-2021',
  'aad-contact',
  'aad-eczema',
  'aad-retinoids',
  'dermnet',
  'rosacea-survey',
  'article-repair',
  'article-jade',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

const AAD = 'American Academy of Dermatology (AAD), aad.org';

/** A source in full: title, where it was published (with its site for an organisation's pages), year, and a DOI or address where one exists. */
export interface Reference {
  title: string;
  where: string;
  year?: number;
  id?: string;
}

/**
 * Full references. Where docs/rules.md names a source but its exact title,
 * year or identifier could not be checked here, the reference says what the
 * source is, with no guessed title or number (an editor completes it).
 */
export const REFERENCES: Record<SourceId, Reference> = {
  'centella-2025': {
    title: 'Clinical Efficacy and Safety Evaluation of a Centella asiatica (CICA)-Derived Extracellular Vesicle Formulation for Anti-Aging Skincare; and A 28-Day Pilot Study of the Effects on Facial Skin Hydration, Elasticity, and Texture of a Centella asiatica Extracellular Vesicle-Based Skin Care Formulation',
    where: 'Cosmetics',
    year: 2025,
    id: 'doi:10.3390/cosmetics12040135; mdpi.com/2079-9284/12/5/186',
  },
  'proffer-2022': { title: 'Efficacy and Tolerability of Topical Platelet Exosomes for Skin Rejuvenation: Six-Week Results (Proffer SL, et al.)', where: 'Aesthetic Surgery Journal', year: 2022, id: 'doi:10.1093/asj/sjac149' },
  'kaufman-janette-2023': { title: 'A study of a topical exosome product', where: 'Kaufman-Janette J, et al.', year: 2023 },
  'cho-2020': {
    title: 'Skin Brightening Efficacy of Exosomes Derived from Human Adipose Tissue-Derived Stem/Stromal Cells: A Prospective, Split-Face, Randomized Placebo-Controlled Study (Cho BS, et al.)',
    where: 'Cosmetics',
    year: 2020,
    id: 'doi:10.3390/cosmetics7040090',
  },
  'wyles-2024': {
    title: 'Effect of Topical Human Platelet Extract (HPE) for Facial Skin Rejuvenation: A Histological Study of Collagen and Elastin (Wyles SP, et al.)',
    where: 'Journal of Drugs in Dermatology',
    year: 2024,
    id: 'doi:10.36849/JDD.8162',
  },
  'taub-2024': { title: 'Regenerative topical skincare: stem cells and exosomes (Taub AF)', where: 'Frontiers in Medicine', year: 2024, id: 'doi:10.3389/fmed.2024.1443963' },
  'cureus-2026': { title: 'A review of exosome skincare studies', where: 'Cureus', year: 2026 },
  'fda-2019': { title: 'Public Safety Notification on Exosome Products', where: 'U.S. Food and Drug Administration, fda.gov', year: 2019 },
  'eu-cosmetics': {
    title: 'Regulation (EC) No 1223/2009 on cosmetic products, Annex II (substances prohibited in cosmetic products)',
    where: 'Official Journal of the European Union',
    year: 2009,
    id: 'eur-lex.europa.eu/eli/reg/2009/1223/oj',
  },
  'kwon-2020': {
    title: 'Combination Treatment with Human Adipose Tissue Stem Cell-derived Exosomes and Fractional CO2 Laser for Acne Scars: A 12-week Prospective, Double-blind, Randomized, Split-face Study (Kwon HH, et al.)',
    where: 'Acta Dermato-Venereologica',
    year: 2020,
    id: 'doi:10.2340/00015555-3666',
  },
  'jama-derm-2014': {
    title: 'Facial Allergic Granulomatous Reaction and Systemic Hypersensitivity Associated With Microneedle Therapy for Skin Rejuvenation (Soltani-Arabshahi R, et al.)',
    where: 'JAMA Dermatology',
    year: 2014,
    id: 'doi:10.1001/jamadermatol.2013.6955',
  },
  'aad-timing': { title: 'Guidance on how long skin care products take to work', where: AAD },
  'aad-reactions': { title: 'Guidance on reactions to skin care products', where: AAD },
  'aad-acne': { title: 'Guidance on acne treatment', where: AAD },
  'aad-melasma': { title: 'Guidance on melasma', where: AAD },
  'aad-acne-scars': { title: 'Guidance on acne scar treatment', where: AAD },
  'aad-patch-2021': { title: 'Guidance on testing a skin care product at home', where: AAD, year: 2021 },
  'aad-contact': { title: 'Guidance on contact dermatitis and patch testing', where: AAD },
  'aad-eczema': { title: 'Guidance on eczema skin care', where: AAD },
  'aad-retinoids': { title: 'Guidance on retinoids in pregnancy; tretinoin and tazarotene prescribing information', where: AAD },
  dermnet: { title: 'Topical retinoids and their side effects', where: 'DermNet, dermnetnz.org' },
  'rosacea-survey': { title: 'Survey of what triggers rosacea', where: 'National Rosacea Society, rosacea.org' },
  'article-repair': { title: 'Exosome serum as a support layer for skin repair (source article 000 of this project)', where: 'SHINORA Health & Beauty' },
  'article-jade': { title: 'What are exosome serums? (source article 001 of this project)', where: 'Luna Jade, K-beauty specialist' },
};

/** "Title. Where, year. Identifier." */
export const fullReference = ({ title, where, year, id }: Reference) =>
  `${title}. ${where}${year ? `, ${year}` : ''}.${id ? ` ${id}` : ''}`;

/** The sources each sentence rests on, by message id; a sentence not listed cites none. */
export const CITES: Partial<Record<MessageId, readonly SourceId[]>> = {
  'referral.practitioner': ['kwon-2020'],
  'summary.good-fit': ['centella-2025', 'proffer-2022', 'cho-2020'],
  'summary.targeted': ['article-repair'],
  'summary.days': ['article-jade', 'aad-timing'],
  'caution.pregnancy': ['aad-retinoids'],
  'caution.get-help': ['aad-reactions'],
  'caution.allergy-test': ['aad-contact'],
  'reason.procedure': ['jama-derm-2014'],
  'reason.flare': ['aad-reactions', 'dermnet'],
  'reason.irritated': ['article-repair'],
  'reason.most-products': ['article-jade'],
  'reason.days': ['article-jade', 'aad-timing'],
  'reason.breakouts': ['article-repair'],
  'reason.pigmentation': ['article-repair'],
  'reason.scars': ['article-repair'],
  'reason.curious': ['article-jade'],
  'reason.curious.not-needed': ['article-jade'],
  'reason.reacts': ['article-repair'],
  'reason.condition': ['rosacea-survey', 'aad-eczema'],
  'reason.tight': ['article-repair'],
  'reason.targeted': ['article-repair'],
  'reason.strong': ['article-repair'],
  'next.calm-first': ['article-repair'],
  'next.calm-first.patch': ['article-repair', 'aad-patch-2021'],
  'next.optional.calm-first': ['article-repair'],
  'next.optional.calm-first.patch': ['article-repair', 'aad-patch-2021'],
  'instead.breakouts.ask': ['aad-acne'],
  'instead.breakouts.see': ['aad-acne'],
  'instead.breakouts.see.reactive': ['aad-acne'],
  'instead.breakouts.condition': ['aad-acne'],
  'instead.pigmentation': ['aad-melasma'],
  'instead.scars': ['aad-acne-scars'],
  'pairs.well': ['article-repair'],
  'pairs.enough': ['article-jade'],
  'pairs.with-care': ['dermnet'],
  'conflict.peroxide-prescription': ['aad-acne'],
  'patch.serum': ['aad-patch-2021'],
  'patch.any-product': ['aad-patch-2021'],
  'buying.sourcing': ['article-jade', 'eu-cosmetics'],
  'buying.claims': ['article-jade'],
  'buying.fragrance-free.stressed': ['article-repair'],
  'buying.price': ['article-jade'],
  'buying.one-product': ['article-jade'],
  'expect.hydration.text': ['centella-2025'],
  'expect.tone.text': ['proffer-2022', 'kaufman-janette-2023'],
  'expect.redness.text': ['proffer-2022', 'kaufman-janette-2023'],
  'expect.marks.text': ['cho-2020'],
  'expect.texture.text': ['wyles-2024'],
  'expect.evidence.text': ['taub-2024', 'cureus-2026', 'fda-2019'],
};
