/**
 * Build-time plugins for vite.config.ts; nothing here ships.
 *
 * - `minifyTemplates`: minifies the static text of our own `css` and `html`
 *   tagged templates (the JS minifier leaves template text alone);
 * - `moduleStats`: writes each module's rendered code size to a JSON file
 *   that `npm run size` turns into a breakdown by package and by module.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every TaggedTemplateExpression under `node`, in source order. */
function taggedTemplates(node: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const child of node) taggedTemplates(child, found);
  else if (node && typeof node === 'object') {
    const n = node as Node;
    if (n.type === 'TaggedTemplateExpression') found.push(n);
    for (const key in n) if (key !== 'type') taggedTemplates(n[key], found);
  }
  return found;
}

/**
 * The static text of a `css` template, minified: comments dropped,
 * whitespace collapsed, and removed where CSS never needs it (around
 * `{ } ; , >` and after `:`). Never before a `:` (`a :hover` is not
 * `a:hover`), never inside strings. `edges` keeps one space where the text
 * meets an interpolation.
 */
export function minifyCss(text: string, edges: { before: boolean; after: boolean }): string {
  const squeeze = (code: string) =>
    code
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  let out = '';
  let code = '';
  // Strings and comments in one pass, so a quote in a comment or a comment in a string is read right.
  for (const part of text.split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\*[\s\S]*?\*\/)/)) {
    if (part.startsWith('/*')) code += ' ';
    else if (part.startsWith("'") || part.startsWith('"')) {
      out += squeeze(code) + part;
      code = '';
    } else code += part;
  }
  out += squeeze(code);
  if (!edges.before) out = out.replace(/^ /, '');
  if (!edges.after) out = out.replace(/ $/, '');
  return out;
}

/** Elements whose content keeps its whitespace, and raw-text elements. */
const KEEP = /^(pre|textarea|script|style)$/i;

/**
 * The static parts of an `html` template, with every run of whitespace that
 * spans a line break collapsed to one space. Quoted attribute values,
 * comments and the content of <pre>, <textarea>, <script> and <style> are
 * left as written. One space renders the same as the run it replaces
 * between inline content, and nothing between blocks, so the page looks
 * the same. The parts are read as one document, as Lit does.
 */
export function collapseHtml(parts: readonly string[]): string[] {
  type Mode = 'text' | 'tag' | 'quoted' | 'comment' | 'keep';
  let mode: Mode = 'text';
  let quote = '';
  let keepUntil = '';
  return parts.map((part) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const rest = part.slice(i);
      if (mode === 'quoted') {
        const end = part.indexOf(quote, i);
        const to = end < 0 ? part.length : end + 1;
        out += part.slice(i, to);
        i = to;
        if (end >= 0) mode = 'tag';
      } else if (mode === 'comment' || mode === 'keep') {
        const close = mode === 'comment' ? '-->' : keepUntil;
        const end = part.toLowerCase().indexOf(close, i);
        const to = end < 0 ? part.length : end + close.length;
        out += part.slice(i, to);
        i = to;
        if (end >= 0 && mode === 'keep') keepUntil = '';
        if (end >= 0) mode = mode === 'comment' ? 'text' : 'tag';
      } else if (/^\s*\n\s*/.test(rest)) {
        const run = /^\s*\n\s*/.exec(rest)![0];
        // Inside a tag, before its `>`, the space is not needed at all.
        out += mode === 'tag' && /^\/?>/.test(rest.slice(run.length)) ? '' : ' ';
        i += run.length;
      } else if (mode === 'text' && rest.startsWith('<!--')) {
        mode = 'comment';
        out += '<!--';
        i += 4;
      } else if (mode === 'text' && /^<[a-z/]/i.test(rest)) {
        const name = /^<([a-z][\w-]*)/i.exec(rest)?.[1];
        mode = 'tag';
        if (name && KEEP.test(name)) keepUntil = `</${name.toLowerCase()}`;
        out += part[i++];
      } else if (mode === 'tag' && (part[i] === '"' || part[i] === "'")) {
        mode = 'quoted';
        quote = part[i];
        out += part[i++];
      } else if (mode === 'tag' && part[i] === '>') {
        mode = keepUntil ? 'keep' : 'text';
        out += part[i++];
      } else {
        out += part[i++];
      }
    }
    return out;
  });
}

/** Minifies the text of `css` and `html` tagged templates in our own sources. */
export function minifyTemplates(): Plugin {
  return {
    name: 'exosome-quiz:minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const s = new MagicString(code);
      for (const node of taggedTemplates(parseAst(code))) {
        const tag = node.tag as Node & { name?: string };
        const quasis = (node.quasi as { quasis: (Node & { value: { raw: string } })[] }).quasis;
        if (tag.type !== 'Identifier' || (tag.name !== 'css' && tag.name !== 'html')) continue;
        const raw = quasis.map((q) => q.value.raw);
        const minified =
          tag.name === 'css'
            ? raw.map((text, i) => minifyCss(text, { before: i > 0, after: i < raw.length - 1 }))
            : collapseHtml(raw);
        quasis.forEach((q, i) => {
          // A quasi's span excludes its delimiters in ESTree from oxc; find the raw text inside it.
          const at = code.indexOf(q.value.raw, q.start);
          if (minified[i] !== raw[i] && raw[i]) s.overwrite(at, at + raw[i].length, minified[i]);
        });
      }
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}

/** Per-module rendered code of each output chunk, into `file` (read by scripts/size.mjs). */
export function moduleStats(file: string): Plugin {
  return {
    name: 'exosome-quiz:module-stats',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((chunk) =>
        chunk.type === 'chunk'
          ? [{
              file: chunk.fileName,
              modules: Object.entries(chunk.modules).map(([id, m]) => ({ id, code: m.code ?? '' })),
            }]
          : [],
      );
      mkdirSync(file.replace(/[^/]+$/, ''), { recursive: true });
      writeFileSync(file, JSON.stringify(chunks));
    },
  };
}
