// What every Astro app's generated .astro/types.d.ts declares:
/// <reference types="astro/client" />
/**
 * What an Astro app's `astro check` sees on the tag in a template: the
 * attributes of `exosome-quiz/astro`, checked here by tsc against the built
 * package, with an Astro app's own compiler options (tsconfig.astro.json). Each `@ts-expect-error` is a mistake the types must reject: if
 * one were accepted, tsc would fail on the unused directive.
 */
import type {} from 'exosome-quiz/astro';

type Tag = astroHTML.JSX.IntrinsicElements['exosome-quiz'];

export const written: Tag = {
  'product-url': 'https://shop.example/serum',
  'product-name': 'Calm Repair Serum',
  heading: 'Is an exosome serum for you?',
  theme: 'dark',
  persist: 'none',
  'skip-intro': true,
  class: 'quiz',
};
export const skipAsText: Tag = { 'skip-intro': 'true' };
// @ts-expect-error: "blue" is not a theme
export const wrongTheme: Tag = { theme: 'blue' };
// @ts-expect-error: "forever" is not a place to keep progress
export const wrongPersist: Tag = { persist: 'forever' };
// @ts-expect-error: a URL is text in a template, not an object
export const urlObject: Tag = { 'product-url': new URL('https://shop.example/serum') };
