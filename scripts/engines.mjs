// Finds the browser engines the browser suites can run in on this machine:
// Chromium (or Chrome), Firefox (driven over WebDriver BiDi) and WebKit
// (WebKitGTK's MiniBrowser driven by WebKitWebDriver, under Xvfb). Pure
// apart from the `exists` and `which` it is given, so it is unit-tested.
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first of `names` on PATH. */
export const whichOnPath = (env) => (names) => {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
};

/** Where Chrome and Chromium install themselves off PATH (Google's Linux packages, macOS). */
const CHROME_INSTALLS = [
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const chromeFallback = async () => CHROME_INSTALLS.find(isExecutable);

const list = (dir) => {
  try {
    return readdirSync(dir).map((name) => join(dir, name));
  } catch {
    return [];
  }
};

/** Where Debian (/usr/lib/<arch>/webkit2gtk-4.1/) and Fedora (/usr/libexec/) put MiniBrowser. */
const miniBrowserCandidates = () =>
  ['/usr/lib', ...list('/usr/lib'), '/usr/libexec']
    .flatMap(list)
    .filter((dir) => /\/webkit(2gtk-4|gtk-6)\.\d+$/.test(dir))
    .map((dir) => join(dir, 'MiniBrowser'));

/**
 * What each engine needs and whether it is here. Returns
 * `{ found: { chromium?: {...}, firefox?: {...}, webkit?: {...} }, missing: { engine: reason } }`.
 * An explicit path variable that points nowhere counts as missing, with its name in the reason.
 */
export async function findEngines({
  env = process.env,
  exists = isExecutable,
  which = whichOnPath(env),
  miniBrowsers = miniBrowserCandidates,
  chrome = chromeFallback,
} = {}) {
  const found = {};
  const missing = {};
  const explicit = (name) => {
    const path = env[name];
    if (!path) return undefined;
    return exists(path) ? path : { wrong: `${name}=${path} is not an executable file` };
  };

  const chromePath = explicit('CHROME_PATH') ??
    which(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']) ??
    (await chrome());
  if (typeof chromePath === 'string') found.chromium = { executablePath: chromePath };
  else missing.chromium = chromePath?.wrong ?? 'no Chrome or Chromium (Debian: apt-get install chromium; or set CHROME_PATH)';

  const firefoxPath = explicit('FIREFOX_PATH') ?? which(['firefox-esr', 'firefox']);
  if (typeof firefoxPath === 'string') found.firefox = { executablePath: firefoxPath };
  else missing.firefox = firefoxPath?.wrong ?? 'no Firefox (Debian: apt-get install firefox-esr; or set FIREFOX_PATH)';

  const driver = explicit('WEBKIT_WEBDRIVER') ?? which(['WebKitWebDriver']);
  const miniBrowser =
    explicit('WEBKIT_MINIBROWSER') ?? miniBrowsers().find((path) => exists(path));
  const xvfb = which(['Xvfb']);
  if (typeof driver !== 'string') {
    missing.webkit = driver?.wrong ?? 'no WebKitWebDriver (Debian: apt-get install webkit2gtk-driver xvfb)';
  } else if (typeof miniBrowser !== 'string') {
    missing.webkit = miniBrowser?.wrong ?? 'no WebKitGTK MiniBrowser (Debian: apt-get install webkit2gtk-driver; or set WEBKIT_MINIBROWSER)';
  } else if (!xvfb && !env.DISPLAY) {
    missing.webkit = 'WebKit needs a display: no Xvfb and no DISPLAY (Debian: apt-get install xvfb)';
  } else {
    found.webkit = { driver, miniBrowser, xvfb };
  }

  // ENGINES=chromium,webkit runs only those; naming one that is missing is an error, not a skip.
  const wanted = (env.ENGINES ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
  const unknown = wanted.filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`ENGINES names ${unknown.join(', ')}; the engines are ${ENGINES.join(', ')}`);
  if (wanted.length) {
    for (const engine of ENGINES) {
      if (!wanted.includes(engine)) {
        delete found[engine];
        delete missing[engine];
      }
    }
  }
  return { found, missing, wanted };
}

/**
 * What to say before a run, and whether to stop. No engine at all stops with
 * one line; with CI=true (or an engine asked for by ENGINES) a missing one stops too.
 */
export function verdict({ found, missing, wanted }, env = process.env) {
  const names = Object.keys(found);
  const skipped = Object.entries(missing);
  if (names.length === 0 && wanted.length === 0) {
    return {
      stop: true,
      lines: [
        'No browser found for the browser tests: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
      ],
    };
  }
  const strict = env.CI === 'true' || wanted.length > 0;
  const lines = [`Browser engines: ${names.join(', ') || 'none'}`];
  for (const [engine, reason] of skipped) {
    lines.push(`${strict ? 'Missing' : 'Skipped'} ${engine}: ${reason}`);
  }
  return { stop: strict && skipped.length > 0, lines };
}
