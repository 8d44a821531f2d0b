/**
 * The short form of each source, shown beside the sentence that rests on it
 * (docs/rules.md item 4; v4 "Sources said exactly": people and weeks only
 * where docs/rules.md gives them). The full reference of each source is
 * src/rules/sources.ts: titles are not translated.
 */
import { msg, str } from '@lit/localize';
import type { SourceId } from '../rules/sources.js';

export const SOURCE_SHORT: Record<SourceId, () => string> = {
  'centella-2025': () => msg('Centella studies 2025: 20 people each', { id: 'source.centella-2025' }),
  'proffer-2022': () => msg('Proffer 2022', { id: 'source.proffer-2022' }),
  'kaufman-janette-2023': () => msg('Kaufman-Janette 2023', { id: 'source.kaufman-janette-2023' }),
  'cho-2020': () => msg('Cho 2020: 21 people, 8 weeks, against a look-alike', { id: 'source.cho-2020' }),
  'wyles-2024': () => msg('Wyles 2024', { id: 'source.wyles-2024' }),
  'taub-2024': () => msg('Taub 2024', { id: 'source.taub-2024' }),
  'cureus-2026': () => msg('Cureus 2026', { id: 'source.cureus-2026' }),
  'fda-2019': () => msg('FDA 2019', { id: 'source.fda-2019' }),
  'eu-cosmetics': () => msg('EU Cosmetics Regulation', { id: 'source.eu-cosmetics' }),
  'kwon-2020': () => msg('Kwon 2020', { id: 'source.kwon-2020' }),
  'jama-derm-2014': () => msg('JAMA Dermatology 2014', { id: 'source.jama-derm-2014' }),
  'aad-timing': () => aad(AAD_TOPIC['aad-timing']()),
  'aad-reactions': () => aad(AAD_TOPIC['aad-reactions']()),
  'aad-acne': () => aad(AAD_TOPIC['aad-acne']()),
  'aad-melasma': () => aad(AAD_TOPIC['aad-melasma']()),
  'aad-acne-scars': () => aad(AAD_TOPIC['aad-acne-scars']()),
  'aad-patch-2021': () => aad(AAD_TOPIC['aad-patch-2021']()),
  'aad-contact': () => aad(AAD_TOPIC['aad-contact']()),
  'aad-eczema': () => aad(AAD_TOPIC['aad-eczema']()),
  'aad-retinoids': () => aad(AAD_TOPIC['aad-retinoids']()),
  dermnet: () => msg('DermNet', { id: 'source.dermnet' }),
  'rosacea-survey': () => msg('National Rosacea Society survey', { id: 'source.rosacea-survey' }),
  'article-repair': () => msg('SHINORA article', { id: 'source.article-repair' }),
  'article-jade': () => msg('Luna Jade article', { id: 'source.article-jade' }),
};

/** "AAD: acne" or, in the copied list, "AAD: acne, melasma and acne scars": one line for the academy's pages. */
export const aad = (topics: string) => msg(str`AAD: ${topics}`, { id: 'source.aad' });

/** What each page of the American Academy of Dermatology is about. */
export const AAD_TOPIC = {
  'aad-timing': () => msg('results take time', { id: 'source.aad-timing' }),
  'aad-reactions': () => msg('product reactions', { id: 'source.aad-reactions' }),
  'aad-acne': () => msg('acne', { id: 'source.aad-acne' }),
  'aad-melasma': () => msg('melasma', { id: 'source.aad-melasma' }),
  'aad-acne-scars': () => msg('acne scars', { id: 'source.aad-acne-scars' }),
  'aad-patch-2021': () => msg('patch testing at home (2021)', { id: 'source.aad-patch-2021' }),
  'aad-contact': () => msg('contact dermatitis', { id: 'source.aad-contact' }),
  'aad-eczema': () => msg('eczema care', { id: 'source.aad-eczema' }),
  'aad-retinoids': () => msg('retinoids in pregnancy; drug labels', { id: 'source.aad-retinoids' }),
} satisfies Partial<Record<SourceId, () => string>>;
