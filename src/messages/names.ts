/**
 * How a concern or an active is named inside a sentence ("your retinoid",
 * "your acne scars"): separate from the option labels, since a language may
 * not simply lower-case a label. Lists of them are joined by `list()`.
 */
import { msg } from '@lit/localize';
import type { Active, Concern } from '../rules/options.js';

export const CONCERN_NAME: Record<Concern, () => string> = {
  dullness: () => msg('dullness', { id: 'name.dullness' }),
  dehydration: () => msg('dehydration', { id: 'name.dehydration' }),
  'slow-recovery': () => msg('slow recovery', { id: 'name.slow-recovery' }),
  'post-blemish-marks': () => msg('marks left after breakouts', { id: 'name.post-blemish-marks' }),
  'mild-texture': () => msg('mild uneven texture', { id: 'name.mild-texture' }),
  'fine-lines': () => msg('fine lines', { id: 'name.fine-lines' }),
  redness: () => msg('redness', { id: 'name.redness' }),
  'active-breakouts': () => msg('active breakouts', { id: 'name.active-breakouts' }),
  'stubborn-pigmentation': () => msg('stubborn pigmentation', { id: 'name.stubborn-pigmentation' }),
  'acne-scars': () => msg('acne scars', { id: 'name.acne-scars' }),
  'just-curious': () => msg('curiosity', { id: 'name.just-curious' }),
};

export const ACTIVE_NAME: Record<Active, () => string> = {
  retinoid: () => msg('retinoid', { id: 'name.retinoid' }),
  'prescription-retinoid': () => msg('prescription retinoid', { id: 'name.prescription-retinoid' }),
  'exfoliating-acids': () => msg('exfoliating acids', { id: 'name.exfoliating-acids' }),
  'benzoyl-peroxide': () => msg('benzoyl peroxide', { id: 'name.benzoyl-peroxide' }),
  'vitamin-c': () => msg('vitamin C', { id: 'name.vitamin-c' }),
  niacinamide: () => msg('niacinamide', { id: 'name.niacinamide' }),
  'hyaluronic-acid': () => msg('hyaluronic acid', { id: 'name.hyaluronic-acid' }),
  peptides: () => msg('peptides', { id: 'name.peptides' }),
  ceramides: () => msg('ceramides', { id: 'name.ceramides' }),
  none: () => msg('nothing', { id: 'name.none' }),
};

/** The evening actives by family, as "On your retinoid or acid nights" names them. */
export const NIGHT_NAME = {
  retinoid: () => msg('retinoid', { id: 'name.night.retinoid' }),
  'prescription-retinoid': () => msg('prescription retinoid', { id: 'name.night.prescription-retinoid' }),
  'exfoliating-acids': () => msg('acid', { id: 'name.night.exfoliating-acids' }),
  /** Both retinoids, while the reader asks which one to keep. */
  retinoids: () => msg('retinoids', { id: 'name.night.retinoids' }),
  acids: () => msg('acids', { id: 'name.night.acids' }),
};
