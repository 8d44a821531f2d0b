import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEngines, verdict } from '../../scripts/engines.mjs';

/** A machine with exactly these executables. */
function machine(files: string[], env: Record<string, string> = {}) {
  const has = new Set(files);
  return {
    env: { PATH: '/usr/bin', ...env },
    exists: (path: string) => has.has(path),
    which: (names: string[]) => names.map((n) => `/usr/bin/${n}`).find((p) => has.has(p)),
    miniBrowsers: () => ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
    chrome: async () => undefined,
  };
}
const ALL = [
  '/usr/bin/chromium',
  '/usr/bin/firefox-esr',
  '/usr/bin/WebKitWebDriver',
  '/usr/bin/Xvfb',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
];

describe('browser engines for the browser suites (scripts/engines.mjs)', () => {
  it('finds Debian\'s Chromium, Firefox ESR and WebKitGTK with its driver and Xvfb', async () => {
    const engines = await findEngines(machine(ALL));
    expect(Object.keys(engines.found)).toEqual(['chromium', 'firefox', 'webkit']);
    expect(verdict(engines, {})).toEqual({ stop: false, lines: ['Browser engines: chromium, firefox, webkit'] });
  });

  it('names each engine it skips and why; with CI=true a missing engine stops the run', async () => {
    const engines = await findEngines(machine(['/usr/bin/chromium']));
    const local = verdict(engines, {});
    expect(local.stop).toBe(false);
    expect(local.lines).toEqual([
      'Browser engines: chromium',
      'Skipped firefox: no Firefox (Debian: apt-get install firefox-esr; or set FIREFOX_PATH)',
      'Skipped webkit: no WebKitWebDriver (Debian: apt-get install webkit2gtk-driver xvfb)',
    ]);
    const ci = verdict(engines, { CI: 'true' });
    expect(ci.stop).toBe(true);
    expect(ci.lines.slice(1).every((line) => line.startsWith('Missing '))).toBe(true);
  });

  it('with no browser at all, says in one line how to get one', async () => {
    const engines = await findEngines(machine([]));
    expect(verdict(engines, {})).toEqual({
      stop: true,
      lines: [
        'No browser found for the browser tests: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
      ],
    });
  });

  it('finds an installed Chrome by itself when it is not on PATH', async () => {
    const engines = await findEngines({ ...machine([]), chrome: async () => '/opt/google/chrome/chrome' });
    expect(engines.found.chromium).toEqual({ executablePath: '/opt/google/chrome/chrome' });
  });

  it('says so when CHROME_PATH points at nothing, rather than failing in the launcher', async () => {
    const engines = await findEngines(machine(ALL, { CHROME_PATH: '/nowhere/chrome' }));
    expect(engines.missing.chromium).toBe('CHROME_PATH=/nowhere/chrome is not an executable file');
  });

  it('WebKit needs a display: Xvfb or DISPLAY', async () => {
    const noXvfb = ALL.filter((f) => !f.endsWith('Xvfb'));
    expect((await findEngines(machine(noXvfb))).missing.webkit).toMatch(/needs a display/);
    expect((await findEngines(machine(noXvfb, { DISPLAY: ':0' }))).found.webkit).toBeDefined();
  });

  it('ENGINES picks engines; an unknown name is an error', async () => {
    const engines = await findEngines(machine(ALL, { ENGINES: 'webkit' }));
    expect(Object.keys(engines.found)).toEqual(['webkit']);
    await expect(findEngines(machine(ALL, { ENGINES: 'safari' }))).rejects.toThrow(/ENGINES names safari/);
  });

  it('npm test on a machine with no browser stops at once with that one line', () => {
    const emptyPath = mkdtempSync(join(tmpdir(), 'no-browsers-'));
    const run = spawnSync(process.execPath, ['scripts/test-browser.mjs', '--check'], {
      env: { PATH: emptyPath, HOME: emptyPath },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'No browser found for the browser tests: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
    ]);
  });
});
