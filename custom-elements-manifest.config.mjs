// The Custom Elements Manifest is generated from the element's JSDoc
// (@attr, @fires, @csspart, @cssproperty), so the documentation cannot drift
// from the code.
export default {
  globs: ['src/element/exosome-quiz.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Lit's internal state (`state: true`, private fields) is not an attribute a host can set.
      name: 'drop-private-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      },
    },
  ],
};
