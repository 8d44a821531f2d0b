// A Stryker ignorer (stryker.config.mjs): the reader's sentences (now in
// src/messages/, which is not mutated at all, and the full source references
// in src/rules/sources.ts) are left out of the mutation score: a changed letter in a sentence is a different wording, not
// a wrong decision. What the words must do is tested where it matters: the
// readers' results (rules.readers.test.ts), the plain text, and the
// invariants (no promise, no sentence twice, at most 600 words).
// Only text is left out: a string without a space (an id, a key, a source
// id) and a template whose placeholders are anything but plain names are
// still mutated, and so is every condition and number in those files.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const FILES = /src[\\/](rules[\\/]sources|messages[\\/][^\\/]+)\.ts$/;
const REASON = "The reader's sentences: their wording is not a decision (README, Testing).";

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sentences', {
    shouldIgnore(path) {
      const file = path.hub?.file?.opts?.filename ?? '';
      if (!FILES.test(file)) return undefined;
      if (path.isStringLiteral() && / /.test(path.node.value)) return REASON;
      if (
        path.isTemplateLiteral() &&
        path.node.quasis.some((q) => / /.test(q.value.cooked ?? '')) &&
        path.node.expressions.every((e) => e.type === 'Identifier' || e.type === 'MemberExpression')
      ) {
        return REASON;
      }
      return undefined;
    },
  }),
];
