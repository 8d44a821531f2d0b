// The Custom Elements Manifest is generated from the element's JSDoc
// (@csspart, @cssproperty), so the documentation cannot drift from the code.
export default {
  globs: ['src/element/exosome-quiz.component.ts'],
  outdir: '.',
  litelement: true,
};
