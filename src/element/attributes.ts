/**
 * The element's attributes, parsed once at the boundary with zod: a bad
 * value is reported once on the console, naming the attribute and what it
 * accepts, and the default is used instead.
 */
import * as z from 'zod/mini';
import { warn } from './report.js';
import { UI } from './strings.js';

export type Persist = 'session' | 'local' | 'none';
export type Theme = 'auto' | 'light' | 'dark';

const PERSIST = ['session', 'local', 'none'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;
const BOOLEAN = ['', 'skip-intro', 'true', 'false'] as const;

/** The accepted values of each attribute, for the warning, and its default. */
const ACCEPTS = {
  heading: ['text that is not empty', UI.introTitle],
  'product-url': ['an absolute https: or http: URL', null],
  'product-name': ['text that is not empty', ''],
  persist: [PERSIST.join(', '), 'session'],
  'skip-intro': ['present (or "true") to skip, absent (or "false") to show the intro', false],
  theme: [THEMES.join(', '), 'auto'],
} as const;
export type AttributeName = keyof typeof ACCEPTS;

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
    persist: z.enum(PERSIST),
    'skip-intro': z.enum(BOOLEAN),
    theme: z.enum(THEMES),
  });

/** What a valid value becomes: trimmed text, a normalised URL, a boolean. */
const finish = (name: AttributeName, value: string) =>
  name === 'skip-intro' ? value !== 'false' : name === 'product-url' ? new URL(value).href : value.trim();

/** The parsed value of each attribute. */
export interface AttributeValues {
  heading: string;
  'product-url': string | null;
  'product-name': string;
  persist: Persist;
  'skip-intro': boolean;
  theme: Theme;
}

/**
 * The value of one attribute: its parsed value, or its default when it is
 * absent or bad (a bad one is reported).
 */
export function parseAttribute<K extends AttributeName>(name: K, raw: string | null): AttributeValues[K] {
  const [accepts, fallback] = ACCEPTS[name];
  if (raw === null || raw === undefined) return fallback as AttributeValues[K];
  const parsed = z.safeParse(attributeSchemas()[name], raw);
  if (parsed.success) return finish(name, parsed.data) as AttributeValues[K];
  const shown = raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
  const instead = fallback === null ? 'it is ignored' : `using ${JSON.stringify(fallback)}`;
  warn(`${name}=${JSON.stringify(shown)} is not valid: it accepts ${accepts}; ${instead}.`);
  return fallback as AttributeValues[K];
}

/**
 * Parses each attribute when it is first read after a change, so any part
 * of the element can read it at any time (even before the first render)
 * and a bad value is still reported only once.
 */
export class AttributeReader {
  private readonly parsed = new Map<AttributeName, [string | null, unknown]>();

  read<K extends AttributeName>(name: K, raw: string | null | undefined): AttributeValues[K] {
    const hit = this.parsed.get(name);
    if (hit && hit[0] === (raw ?? null)) return hit[1] as AttributeValues[K];
    const value = parseAttribute(name, raw ?? null);
    this.parsed.set(name, [raw ?? null, value]);
    return value;
  }

  /** The value last read, before a change. */
  last<K extends AttributeName>(name: K): AttributeValues[K] | undefined {
    return this.parsed.get(name)?.[1] as AttributeValues[K] | undefined;
  }
}
