import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

// The Custom Elements Manifest is generated from the element's JSDoc
// (@summary, @attr, @fires, @csspart, @cssproperty), so the documentation
// cannot drift from the code. From the manifest, the maintained integrations
// write what the package ships for template languages and editors
// (package.json declares each): JSX and Vue types in dist/types/, VS Code
// custom data and JetBrains web-types in dist/editor/. `npm run build` runs this after the
// Vite builds, which empty dist/.

/** The module a user imports: the ESM build, whose types are dist/types/index.d.ts. */
const MODULE = 'dist/exosome-quiz.js';
const SOURCE = 'src/element/exosome-quiz.component.ts';
const TYPES = 'dist/types';
const EDITOR = 'dist/editor';
/** The generated types import the element's class and its events' detail types from the package's own typings. */
const fromTypes = { globalTypePath: './index.js', hideLogs: true };

export default {
  globs: [SOURCE],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'exosome-quiz-public-manifest',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          // The analyzer names the source file, which the package does not ship: name the built module.
          if (module.path === SOURCE) module.path = MODULE;
          for (const declaration of module.declarations ?? []) {
            // Lit's internal state and the private fields are not part of the contract.
            const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
            declaration.members = (declaration.members ?? []).filter((m) => !hidden.has(m.name));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
            // A default documented on the attribute (@attr) is the property's too.
            for (const attribute of declaration.attributes ?? []) {
              const field = declaration.members.find((m) => m.name === attribute.fieldName);
              if (field && attribute.default !== undefined) field.default ??= attribute.default;
            }
            if (declaration.tagName && !(module.exports ?? []).some((e) => e.kind === 'custom-element-definition')) {
              (module.exports ??= []).push({
                kind: 'custom-element-definition',
                name: declaration.tagName,
                declaration: { name: declaration.name, module: MODULE },
              });
            }
          }
          for (const e of module.exports ?? []) if (e.declaration?.module === SOURCE) e.declaration.module = MODULE;
        }
      },
    },
    // The @fires types are the events' details: each integration wraps them in CustomEvent<...>.
    customElementJsxPlugin({ ...fromTypes, outdir: TYPES, fileName: 'jsx.d.ts', descriptionSrc: 'description' }),
    customElementVsCodePlugin({ outdir: EDITOR, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: EDITOR, webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
  ],
};
