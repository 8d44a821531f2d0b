/**
 * The element's public properties at the boundary: each attribute's text is
 * parsed once with zod (the property's converter), and so is a value a
 * script assigns. A bad value is reported once on the console, naming the
 * attribute and what it accepts, and the default is used instead.
 */
import * as z from 'zod/mini';
import { warn } from './report.js';

export const PERSIST_MODES = ['session', 'local', 'none'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Persist = (typeof PERSIST_MODES)[number];
export type Theme = (typeof THEMES)[number];
const FLAGS = ['', 'skip-intro', 'true', 'false'] as const;

/** The value of each property, by attribute. */
export interface AttributeValues {
  heading: string;
  'product-url': string | null;
  'product-name': string;
  persist: Persist;
  'skip-intro': boolean;
  theme: Theme;
}
export type AttributeName = keyof AttributeValues;

/** The accepted values of each attribute, for the warning, and its default. */
const ACCEPTS: { [K in AttributeName]: [string, AttributeValues[K]] } = {
  // Empty: the default title, read in the quiz's language at each render.
  heading: ['text that is not empty', ''],
  'product-url': ['an absolute https: or http: URL', null],
  'product-name': ['text that is not empty', ''],
  persist: [PERSIST_MODES.join(', '), 'session'],
  'skip-intro': ['present (or "true") to skip, absent (or "false") to show the intro', false],
  theme: [THEMES.join(', '), 'auto'],
};

const text = (s: string) => s.trim() !== '';
const webUrl = (s: string) => {
  try {
    return /^https?:$/i.test(new URL(s).protocol);
  } catch {
    return false;
  }
};

let schemas: Record<AttributeName, z.ZodMiniType<string>> | undefined;
const attributeSchemas = () =>
  (schemas ??= {
    heading: z.string().check(z.refine(text)),
    'product-url': z.string().check(z.refine(webUrl)),
    'product-name': z.string().check(z.refine(text)),
    persist: z.enum(PERSIST_MODES),
    'skip-intro': z.enum(FLAGS),
    theme: z.enum(THEMES),
  });

/** What a valid value becomes: trimmed text, a normalised URL, a boolean. */
const finish = (name: AttributeName, value: string) =>
  name === 'skip-intro' ? value !== 'false' : name === 'product-url' ? new URL(value).href : value.trim();

/**
 * The value of one attribute: its parsed value, or its default when it is
 * absent or bad (a bad one is reported).
 */
export function parseAttribute<K extends AttributeName>(name: K, raw: string | null): AttributeValues[K] {
  const [accepts, fallback] = ACCEPTS[name];
  if (raw === null || raw === undefined) return fallback;
  const parsed = z.safeParse(attributeSchemas()[name], raw);
  if (parsed.success) return finish(name, parsed.data) as AttributeValues[K];
  const shown = raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
  const instead = fallback === null ? 'it is ignored' : `using ${JSON.stringify(fallback)}`;
  warn(`${name}=${JSON.stringify(shown)} is not valid: it accepts ${accepts}; ${instead}.`);
  return fallback;
}

/**
 * A value a script assigned to the property of `name`, checked as its
 * attribute would be (a boolean for `skipIntro`).
 */
export const checkProperty = <K extends AttributeName>(name: K, value: unknown): AttributeValues[K] =>
  value === ACCEPTS[name][1] || (name === 'skip-intro' && typeof value === 'boolean')
    ? (value as AttributeValues[K])
    : parseAttribute(name, value === null || value === undefined ? null : String(value));

/** Lit's converter for an attribute, which parses its text; `check` checks a value a script assigned. */
export const converter = (attribute: AttributeName) => ({
  fromAttribute: (raw: string | null) => parseAttribute(attribute, raw),
  check: (value: unknown) => checkProperty(attribute, value),
});
export type Converter = ReturnType<typeof converter>;
