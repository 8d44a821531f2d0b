/**
 * vue-tsc on TypeScript 5.9 (the `typescript-5.9` devDependency): vue-tsc
 * drives TypeScript's JS API, which TypeScript 7 (the project's `typescript`)
 * has not. Arguments go to vue-tsc: `node scripts/vue-tsc.mjs -p tsconfig.json`.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('vue-tsc').run(require.resolve('typescript-5.9/lib/tsc'));
