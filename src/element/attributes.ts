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

let schemas: Record<AttributeName, z.ZodMiniType> | undefined;
const attributeSchemas = () =>
  (schemas ??= {
    heading: z.string().check(z.trim(), z.minLength(1)),
    'product-url': z.pipe(z.url({ protocol: /^https?$/i }), z.transform((url: string) => new URL(url).href)),
    'product-name': z.string().check(z.trim(), z.minLength(1)),
    persist: z.enum(PERSIST),
    'skip-intro': z.pipe(z.enum(BOOLEAN), z.transform((v: (typeof BOOLEAN)[number]) => v !== 'false')),
    theme: z.enum(THEMES),
  });

/**
 * The value of one attribute: its parsed value, or its default when it is
 * absent or bad (a bad one is reported).
 */
export function parseAttribute(name: 'heading' | 'product-name', raw: string | null): string;
export function parseAttribute(name: 'product-url', raw: string | null): string | null;
export function parseAttribute(name: 'persist', raw: string | null): Persist;
export function parseAttribute(name: 'skip-intro', raw: string | null): boolean;
export function parseAttribute(name: 'theme', raw: string | null): Theme;
export function parseAttribute(name: AttributeName, raw: string | null): unknown {
  const [accepts, fallback] = ACCEPTS[name];
  if (raw === null || raw === undefined) return fallback;
  const parsed = z.safeParse(attributeSchemas()[name], raw);
  if (parsed.success) return parsed.data;
  const shown = raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
  const instead = fallback === null ? 'it is ignored' : `using ${JSON.stringify(fallback)}`;
  warn(`${name}=${JSON.stringify(shown)} is not valid: it accepts ${accepts}; ${instead}.`);
  return fallback;
}
