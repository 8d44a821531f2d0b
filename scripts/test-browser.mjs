// `npm run test:browser`: runs the browser suites (@web/test-runner) in every
// engine found here (scripts/engines.mjs), says which it skipped, and for
// WebKit starts and stops the Xvfb display and WebKitWebDriver it needs.
//
//   node scripts/test-browser.mjs [wtr args, e.g. --files test/browser/csp.test.ts]
//   node scripts/test-browser.mjs --check    # only says which engines it would use
//   ENGINES=firefox,webkit npm run test:browser
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { findEngines, verdict } from './engines.mjs';

const args = process.argv.slice(2);
let engines;
try {
  engines = await findEngines();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const { stop, lines } = verdict(engines);
for (const line of lines) (stop ? console.error : console.log)(line);
if (stop) process.exit(1);
if (args[0] === '--check') process.exit(0);

const children = [];
const stopAll = () => {
  for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts Xvfb on a display it picks itself (-displayfd) and returns ":N". */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdio[3].once('data', (d) => resolve(`:${String(d).trim()}`));
    child.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}): ${stderr.trim().split('\n').pop()}`)));
  });
}

async function startWebKitDriver({ driver, xvfb }) {
  const display = xvfb ? await startXvfb(xvfb) : process.env.DISPLAY;
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  children.push(child);
  for (let tries = 0; tries < 50; tries++) {
    try {
      const status = await fetch(`http://127.0.0.1:${port}/status`);
      if (status.ok) return port;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

const config = { ...engines.found };
if (config.webkit) {
  try {
    config.webkit = { ...config.webkit, port: await startWebKitDriver(config.webkit) };
  } catch (error) {
    console.error(`WebKit: ${error.message}`);
    process.exit(1);
  }
}

const wtr = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
  stdio: 'inherit',
  env: { ...process.env, EXOSOME_ENGINES: JSON.stringify(config) },
});
wtr.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
