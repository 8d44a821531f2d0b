// npm run test:wordpress: the plugin zip (dist/exosome-quiz-wordpress.zip) on a
// real WordPress, as a blogger installs it and readers meet it (issue 16).
//
// Debian's `wordpress`, Apache with mod_php and MariaDB, installed with
// apt-get when missing; each started by this script with its own
// configuration, on 127.0.0.1 only, in a temporary folder, and stopped at the
// end (nothing the machine runs already is touched). A fresh site is
// installed over HTTP, the zip goes in through Plugins → Add New → Upload,
// and Chromium (puppeteer-core) plays an administrator, an Author, a
// Contributor and logged-out readers. Ends with `wordpress: N passed, M failed`.
//
// KEEP=1 leaves the temporary folder (logs, debug.log) in place.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ZIP = path.join(ROOT, 'dist/exosome-quiz-wordpress.zip');
const SHOTS = path.join(ROOT, 'screenshots/wordpress');
const WP = '/usr/share/wordpress';
// Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php when
// the web server sets that variable: a name of our own (with the run's port),
// beside any real site's. Set once the port is known.
let CONFIG_NAME;
let CONFIG_FILE;
const MODULES = '/usr/lib/apache2/modules';
const RESERVE = 'exosome-quiz:not(:defined) { display: block; font-size: medium; min-height: 24em; }';
const PRODUCT = 'https://shop.example/calm-serum';
const FALLBACK = 'The skin quiz needs JavaScript to run.';
/** test/browser/answers.ts's goodFit: a result that shows the product link. */
const goodFit = {
  concerns: ['dullness', 'dehydration'],
  actives: ['retinoid', 'niacinamide'],
  sensitivity: 'rarely',
  skinNow: 'calm',
  expectations: 'weeks',
};

// Waits are on conditions; their limits are for a busy 2-core machine.
const WAIT = 45_000;
const say = (line) => console.log(`wordpress: ${line}`);
const results = [];
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  FAIL  ${name}: ${error?.message ?? error}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}
async function waitFor(what, test, { timeout = 60_000, every = 200 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await test();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

// ---- what must be installed --------------------------------------------------

const phpModule = () => fs.readdirSync(MODULES, { withFileTypes: true }).find((f) => /^libphp[\d.]*\.so$/.test(f.name))?.name;
const chromePath = () =>
  [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
const NEEDS = {
  wordpress: () => fs.existsSync(`${WP}/wp-settings.php`) && fs.existsSync('/etc/wordpress'),
  apache2: () => fs.existsSync('/usr/sbin/apache2'),
  'libapache2-mod-php': () => fs.existsSync(MODULES) && phpModule() !== undefined,
  'mariadb-server': () => fs.existsSync('/usr/sbin/mariadbd') && fs.existsSync('/usr/bin/mariadb-install-db'),
  chromium: () => chromePath() !== undefined,
};

function installMissing() {
  const missing = Object.keys(NEEDS).filter((name) => !NEEDS[name]());
  if (!missing.length) return;
  say(`installing Debian's ${missing.join(' ')}`);
  // No service of the packages' own may start (Apache on :80, MariaDB on :3306):
  // this script starts its own. A policy-rc.d saying 101 is Debian's way to say so.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !fs.existsSync(policy);
  if (ownPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const lock = ['-o', 'DPkg::Lock::Timeout=300'];
    for (const args of [['update', '-qq', ...lock], ['install', '-y', '-qq', ...lock, ...missing]]) {
      const run = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
      if (run.status !== 0) {
        const why = (run.stderr || run.error?.message || '').trim().split('\n').pop();
        throw new Error(`could not install ${missing.join(' ')}: apt-get ${args[0]} failed (${why})`);
      }
    }
  } finally {
    if (ownPolicy) fs.rmSync(policy, { force: true });
  }
  const still = missing.filter((name) => !NEEDS[name]());
  if (still.length) throw new Error(`could not install ${still.join(' ')}: apt-get ran, but they are still missing`);
}

// ---- services ------------------------------------------------------------------

const started = []; // { name, child }
let work;
let configWritten = false;

async function freePort(from) {
  for (let port = from; port < from + 50; port++) {
    const free = await new Promise((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port on 127.0.0.1 from ${from}`);
}

function startService(name, command, args) {
  // Its own process group: Apache's prefork parent signals its whole group when it stops.
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const service = { name, child, exited: false, stderr: () => stderr };
  child.on('exit', () => (service.exited = true));
  started.push(service);
  return service;
}

async function stopServices() {
  for (const service of started.reverse()) {
    if (service.exited) continue;
    service.child.kill('SIGTERM');
    const gone = await waitFor(`${service.name} to stop`, () => service.exited, { timeout: WAIT }).catch(() => false);
    if (!gone) service.child.kill('SIGKILL');
  }
  started.length = 0;
}

async function startMariaDB() {
  const dir = path.join(work, 'db');
  const socket = path.join(work, 'mariadb.sock');
  const port = await freePort(33089);
  execFileSync('/usr/bin/mariadb-install-db', [
    '--no-defaults', `--datadir=${dir}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db',
  ], { stdio: 'ignore' });
  const db = startService('MariaDB', '/usr/sbin/mariadbd', [
    '--no-defaults', `--datadir=${dir}`, `--socket=${socket}`, `--pid-file=${path.join(work, 'mariadb.pid')}`,
    '--bind-address=127.0.0.1', `--port=${port}`, '--user=root', '--skip-name-resolve', '--skip-log-bin',
    `--log-error=${path.join(work, 'mariadb.err')}`, '--innodb-buffer-pool-size=64M', '--performance-schema=OFF',
  ]);
  const sql = (statement) => spawnSync('/usr/bin/mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], { encoding: 'utf8' });
  await waitFor('MariaDB to accept connections', () => {
    if (db.exited) throw new Error(`mariadbd exited: ${db.stderr().trim().split('\n').pop()}`);
    return sql('SELECT 1').status === 0;
  });
  const password = randomBytes(12).toString('hex');
  const setup = sql(
    `CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '${password}';` +
      ` GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';`,
  );
  expect(setup.status === 0, `could not create the database: ${setup.stderr}`);
  return { host: `127.0.0.1:${port}`, password };
}

async function startApache(port) {
  const module = (name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`;
  fs.mkdirSync(path.join(work, 'run'));
  const conf = path.join(work, 'apache2.conf');
  fs.writeFileSync(
    conf,
    [
      `ServerRoot ${work}`,
      `DefaultRuntimeDir ${work}/run`,
      `PidFile ${work}/run/apache2.pid`,
      'ServerName 127.0.0.1',
      `Listen 127.0.0.1:${port}`,
      // Apache will not serve as root; Debian's web server user owns wp-content below.
      'User www-data',
      'Group www-data',
      `ErrorLog ${work}/apache-error.log`,
      'LogLevel warn',
      module('mpm_prefork'),
      module('authz_core'),
      module('mime'),
      module('dir'),
      module('alias'),
      module('env'),
      `LoadModule php_module ${MODULES}/${phpModule()}`,
      'StartServers 2',
      'MinSpareServers 2',
      'MaxSpareServers 4',
      'MaxRequestWorkers 8',
      'TypesConfig /etc/mime.types',
      `DocumentRoot ${WP}`,
      'DirectoryIndex index.php index.html',
      `SetEnv WORDPRESS_CONFIG ${CONFIG_NAME}`,
      `Alias /wp-content ${work}/wp-content`,
      '<Directory />',
      '  AllowOverride None',
      '  Require all denied',
      '</Directory>',
      `<Directory ${WP}>`,
      '  Options FollowSymLinks',
      '  Require all granted',
      '</Directory>',
      `<Directory ${work}/wp-content>`,
      '  Options FollowSymLinks',
      '  Require all granted',
      '</Directory>',
      '<FilesMatch "\\.php$">',
      '  SetHandler application/x-httpd-php',
      '</FilesMatch>',
      '',
    ].join('\n'),
  );
  const apache = startService('Apache', '/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND']);
  await waitFor('Apache to answer', async () => {
    if (apache.exited) throw new Error(`apache2 exited: ${apache.stderr().trim().split('\n').pop()}`);
    const res = await fetch(`http://127.0.0.1:${port}/wp-admin/install.php`).catch(() => null);
    return res?.status === 200;
  });
}

function writeSiteConfig(base, db) {
  const content = path.join(work, 'wp-content');
  for (const dir of ['plugins', 'themes', 'uploads', 'upgrade']) fs.mkdirSync(path.join(content, dir), { recursive: true });
  for (const theme of fs.readdirSync(`${WP}/wp-content/themes`)) {
    fs.symlinkSync(`${WP}/wp-content/themes/${theme}`, path.join(content, 'themes', theme));
  }
  execFileSync('chown', ['-R', 'www-data:www-data', content]);
  const salt = () => randomBytes(32).toString('base64');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const define = (name, value) => `define( '${name}', ${typeof value === 'string' ? `'${value}'` : String(value)} );`;
  fs.writeFileSync(
    CONFIG_FILE,
    [
      '<?php',
      '// Written by npm run test:wordpress (exosome-quiz) and removed when it ends.',
      define('DB_NAME', 'wordpress'),
      define('DB_USER', 'wordpress'),
      define('DB_PASSWORD', db.password),
      define('DB_HOST', db.host),
      define('WP_HOME', base),
      define('WP_SITEURL', base),
      define('WP_CONTENT_DIR', content),
      define('WP_CONTENT_URL', `${base}/wp-content`),
      define('WP_DEBUG', true),
      define('WP_DEBUG_LOG', true),
      define('WP_DEBUG_DISPLAY', false),
      define('FS_METHOD', 'direct'),
      define('DISABLE_WP_CRON', true),
      define('AUTOMATIC_UPDATER_DISABLED', true),
      // The machine has no way out: failing at once beats waiting on timeouts.
      define('WP_HTTP_BLOCK_EXTERNAL', true),
      ...keys.map((key) => define(key, salt())),
      '',
    ].join('\n'),
    { mode: 0o640 },
  );
  execFileSync('chgrp', ['www-data', CONFIG_FILE]);
  configWritten = true;
}

async function installSite(base, admin) {
  const form = new URLSearchParams({
    weblog_title: 'A skincare blog',
    user_name: admin.user,
    admin_password: admin.password,
    admin_password2: admin.password,
    pw_weak: 'on',
    admin_email: 'admin@example.com',
    language: '',
    Submit: 'Install WordPress',
  });
  const res = await fetch(`${base}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
  const page = await res.text();
  expect(res.status === 200 && page.includes('Success!'), `the installer did not finish (HTTP ${res.status})`);
}

async function teardown() {
  await browser?.close().catch(() => {});
  browser = undefined;
  await stopServices();
  if (configWritten) fs.rmSync(CONFIG_FILE, { force: true });
  configWritten = false;
  if (work && !process.env.KEEP) fs.rmSync(work, { recursive: true, force: true });
}

// ---- the browser ---------------------------------------------------------------

let browser;
const consoleErrors = new Map(); // page → messages

async function newPage(context, { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.setDefaultNavigationTimeout(2 * WAIT);
  await page.setViewport({ width, height });
  const errors = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  page.failed = [];
  page.on('requestfailed', (request) => page.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => response.status() >= 400 && page.failed.push(`${response.url()} (HTTP ${response.status()})`));
  return page;
}

async function logIn(context, user, password, base) {
  const page = await newPage(context);
  await page.goto(`${base}/wp-login.php`, { waitUntil: 'load' });
  // The form focuses and selects its first field after a moment: filled directly, not typed.
  await page.$eval('#user_login', (input, value) => (input.value = value), user);
  await page.$eval('#user_pass', (input, value) => (input.value = value), password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  if (!page.url().includes('/wp-admin')) {
    const said = await page.evaluate(() => document.querySelector('#login_error, .message')?.innerText.trim() ?? '');
    throw new Error(`${user} could not log in (at ${page.url()}: ${said})`);
  }
  return page;
}

/** The REST API with the logged-in user's cookie and nonce, from inside one of their pages. */
function rest(page, method, route, data) {
  return page.evaluate(
    async ({ method, route, data }) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const [pathPart, query] = route.split('?');
      const url = `/?rest_route=${encodeURIComponent(pathPart)}${query ? `&${query}` : ''}`;
      const res = await fetch(url, {
        method,
        headers: { 'X-WP-Nonce': nonce, 'Content-Type': 'application/json' },
        body: data ? JSON.stringify(data) : undefined,
      });
      const body = await res.json();
      if (!res.ok) throw new Error(`${method} ${route}: HTTP ${res.status} ${body?.message ?? ''}`);
      return body;
    },
    { method, route, data },
  );
}

/** A reader's page: no cookies, the layout shifts and every request recorded from the start. */
async function readerPage(width) {
  const context = await browser.createBrowserContext();
  const page = await newPage(context, { width, height: 800 });
  page.requests = [];
  page.on('request', (request) => page.requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
          window.__shifts.push({ value: entry.value, nodes: entry.sources.map((s) => s.node?.nodeName ?? '?').join(',') });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { context, page };
}

const quizReady = (page, index = 0) =>
  page.waitForFunction(
    (index) => {
      const el = document.querySelectorAll('exosome-quiz')[index];
      return customElements.get('exosome-quiz') && el?.shadowRoot?.querySelector('#heading')?.textContent.trim();
    },
    { timeout: WAIT },
    index,
  );

async function pressButton(page, label) {
  const handle = await page.waitForFunction(
    (label) => [...document.querySelector('exosome-quiz').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === label),
    { timeout: WAIT },
    label,
  );
  await handle.asElement().click();
}
async function choose(page, field, value) {
  const handle = await page.waitForFunction(
    (field, value) => document.querySelector('exosome-quiz').shadowRoot.querySelector(`input[name="${field}"][value="${value}"]`)?.closest('label'),
    { timeout: WAIT },
    field,
    value,
  );
  await handle.asElement().click();
}

async function completeQuiz(page, answers) {
  await pressButton(page, 'Start the quiz');
  for (const option of answers.concerns) await choose(page, 'concerns', option);
  await pressButton(page, 'Next');
  for (const option of answers.actives) await choose(page, 'actives', option);
  await pressButton(page, 'Next');
  for (const field of ['sensitivity', 'skinNow']) {
    await choose(page, field, answers[field]);
    await pressButton(page, 'Next');
  }
  await choose(page, 'expectations', answers.expectations);
  await pressButton(page, 'See my result');
  const verdict = await page.waitForFunction(
    () => document.querySelector('exosome-quiz').shadowRoot.querySelector('[part~="verdict"] #heading')?.textContent.trim(),
    { timeout: WAIT },
  ).then((handle) => handle.jsonValue());
  // The verdict renders first and the rest of the result a task later (issue 17): updateComplete waits for it all.
  await page.evaluate(() => document.querySelector('exosome-quiz').updateComplete);
  return verdict;
}

const statusText = (page) =>
  page.evaluate(() => document.querySelector('exosome-quiz').shadowRoot.querySelector('[part~="status"]')?.textContent.trim() ?? '');

/** What the post page loaded of the plugin, and the quiz elements' attributes. */
const pageFacts = (page) =>
  page.evaluate((RESERVE) => {
    const script = document.querySelector('script[src*="exosome-quiz.iife.js"]');
    return {
      script: script && { src: script.getAttribute('src'), defer: script.defer, async: script.async },
      reserve: [...document.querySelectorAll('style')].some((s) => s.textContent.includes(RESERVE)),
      quizzes: [...document.querySelectorAll('exosome-quiz')].map((el) => ({
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        children: el.innerHTML,
        fallbackShown: [...el.children].some((c) => c.getClientRects().length > 0),
        height: el.getBoundingClientRect().height,
      })),
      pwned: 'pwned' in window,
    };
  }, RESERVE);

async function screenshot(page, name, options = {}) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, name);
  await page.screenshot({ path: file, ...options });
  return file;
}

// ---- the run -----------------------------------------------------------------------

async function main() {
  const begun = Date.now();
  if (!fs.existsSync(ZIP)) {
    say('no dist/exosome-quiz-wordpress.zip yet: building it (npm run build)');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (process.getuid?.() !== 0) {
    say('needs root: it installs Debian packages and runs Apache as www-data (run it as root, as .ci/run does)');
    say('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }
  try {
    installMissing();
  } catch (error) {
    say(error.message);
    say('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'exosome-wordpress-'));
  fs.chmodSync(work, 0o755);
  const port = await freePort(8089);
  CONFIG_NAME = `exosome-quiz-test-${port}`;
  CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
  const base = `http://127.0.0.1:${port}`;
  const admin = { user: 'admin', password: randomBytes(12).toString('hex') };
  const author = { user: 'author', password: randomBytes(12).toString('hex') };
  const wpVersion = fs.readFileSync(`${WP}/wp-includes/version.php`, 'utf8').match(/\$wp_version = '([^']+)'/)?.[1];
  const phpVersion = execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' }).trim();

  let ready = false;
  await check(`a fresh WordPress ${wpVersion} on PHP ${phpVersion} (Apache, MariaDB) at ${base}`, async () => {
    const db = await startMariaDB();
    writeSiteConfig(base, db);
    await startApache(port);
    await installSite(base, admin);
    ready = true;
  });
  if (!ready) return;

  browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  say(`${await browser.version()}`);
  const adminContext = await browser.createBrowserContext();
  let adminPage;

  let installed = false;
  await check('the administrator installs the zip through Plugins → Add New → Upload and activates it', async () => {
    adminPage = await logIn(adminContext, admin.user, admin.password, base);
    await adminPage.goto(`${base}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'load' });
    const input = await adminPage.waitForSelector('#pluginzip', { timeout: WAIT });
    await input.uploadFile(ZIP);
    await Promise.all([adminPage.waitForNavigation({ waitUntil: 'load', timeout: 60_000 }), adminPage.click('#install-plugin-submit')]);
    const said = await adminPage.evaluate(() => document.querySelector('.wrap')?.innerText ?? '');
    expect(said.includes('Plugin installed successfully'), `the upload said: ${said.slice(0, 300)}`);
    const activate = await adminPage.waitForSelector('.wrap a[href*="action=activate"]');
    await Promise.all([adminPage.waitForNavigation({ waitUntil: 'load' }), activate.click()]);
    const notice = await adminPage.evaluate(() => document.querySelector('#message')?.innerText ?? '');
    expect(notice.includes('Plugin activated'), `activation said: ${notice}`);
    const plugins = await rest(adminPage, 'GET', '/wp/v2/plugins');
    const ours = plugins.find((p) => p.plugin === 'exosome-quiz/exosome-quiz');
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(ours?.status === 'active', 'exosome-quiz/exosome-quiz is not active');
    expect(ours.version === version, `the plugin says version ${ours.version}, package.json ${version}`);
    installed = true;
  });
  // Setting the site up and installing a plugin ask WordPress.org for updates and
  // translations, which this offline machine refuses (core's warnings): the log
  // that counts starts now, with the plugin active.
  const debugLog = path.join(work, 'wp-content/debug.log');
  const setupLines = fs.existsSync(debugLog) ? fs.readFileSync(debugLog, 'utf8').split('\n').filter(Boolean) : [];
  if (fs.existsSync(debugLog)) fs.truncateSync(debugLog);
  if (!installed) return;

  await check('php -l passes on every PHP file of the plugin, as installed and in wordpress/', () => {
    const files = [
      ...fs.readdirSync(path.join(ROOT, 'wordpress')).filter((f) => f.endsWith('.php')).map((f) => path.join(ROOT, 'wordpress', f)),
      ...fs.readdirSync(path.join(work, 'wp-content/plugins/exosome-quiz')).filter((f) => f.endsWith('.php')).map((f) => path.join(work, 'wp-content/plugins/exosome-quiz', f)),
    ];
    expect(files.length >= 2, 'no PHP files found');
    for (const file of files) {
      const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      expect(lint.status === 0, `${file}: ${lint.stdout}${lint.stderr}`);
    }
  });

  await check('the administrator adds an Author', async () => {
    await rest(adminPage, 'POST', '/wp/v2/users', {
      username: author.user,
      password: author.password,
      email: 'author@example.com',
      roles: ['author'],
    });
  });

  const authorContext = await browser.createBrowserContext();
  let authorPage;
  let blockPost;
  await check('as an Author: inserts the Skin quiz block, sets a product link in the sidebar, sees it live, publishes', async () => {
    authorPage = await logIn(authorContext, author.user, author.password, base);
    const caps = await rest(authorPage, 'GET', '/wp/v2/users/me?context=edit');
    expect(!caps.capabilities?.unfiltered_html, 'the Author has unfiltered_html');
    const page = authorPage;
    await page.setViewport({ width: 1440, height: 1000 });
    await page.goto(`${base}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.(), { timeout: 60_000 });
    await page.evaluate(() => {
      const editPost = window.wp.data.select('core/edit-post');
      if (editPost.isFeatureActive('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
    const title = await page.waitForSelector('.editor-post-title__input');
    await title.click();
    await page.keyboard.type('Would an exosome serum suit your skin?');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Five questions about your skin, then an honest answer.');
    await page.keyboard.press('Enter');
    // The slash inserter, as a blogger adds a block.
    await page.keyboard.type('/skin quiz');
    await page.waitForFunction(
      () => [...document.querySelectorAll('.components-autocomplete__result')].some((o) => o.textContent.includes('Skin quiz')),
      { timeout: WAIT },
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('.block-editor-block-list__block[data-type="exosome-quiz/quiz"]', { timeout: WAIT });
    // The live preview: the server's rendering, upgraded by the script in the editor.
    await page.waitForFunction(
      () => document.querySelector('[data-type="exosome-quiz/quiz"] exosome-quiz')?.shadowRoot?.querySelector('#heading'),
      { timeout: WAIT },
    );
    if (!(await page.evaluate(() => window.wp.data.select('core/edit-post').isEditorSidebarOpened()))) {
      await page.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
    }
    const field = async (label, value) => {
      const id = await page.waitForFunction(
        (label) => [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent.trim() === label)?.htmlFor,
        { timeout: WAIT },
        label,
      );
      const input = await page.$(`[id="${await id.jsonValue()}"]`);
      await input.click();
      await page.keyboard.type(value);
    };
    await field('Heading', 'Would an exosome serum suit you?');
    await field('Product link', PRODUCT);
    await field('Product name', 'Calm Repair Serum');
    await page.waitForFunction(
      (url) => {
        const el = document.querySelector('[data-type="exosome-quiz/quiz"] exosome-quiz');
        return (
          el?.getAttribute('product-url') === url &&
          el.getAttribute('product-name') === 'Calm Repair Serum' &&
          el.shadowRoot?.querySelector('#heading')?.textContent.trim() === 'Would an exosome serum suit you?'
        );
      },
      { timeout: WAIT },
      PRODUCT,
    );
    await page.evaluate(() => document.activeElement?.blur());
    await screenshot(page, 'editor-block-sidebar.png');

    await page.click('.editor-post-publish-panel__toggle');
    const publish = await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button:not([aria-disabled="true"])');
    await publish.click();
    await page.waitForFunction(
      () => {
        const editor = window.wp.data.select('core/editor');
        return editor.isCurrentPostPublished() && !editor.isSavingPost();
      },
      { timeout: WAIT },
    );
    const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
    blockPost = await rest(page, 'GET', `/wp/v2/posts/${id}?context=edit`);
    expect(blockPost.status === 'publish', `the post is ${blockPost.status}`);
    expect(
      blockPost.content.raw.includes('<!-- wp:exosome-quiz/quiz') && blockPost.content.raw.includes(PRODUCT),
      `the saved post has no quiz block with the link: ${blockPost.content.raw}`,
    );
    // WordPress's own: avatars and the welcome guide's picture from the web (no
    // network here), and REST routes an Author may not read (403).
    const errors = consoleErrors.get(page).filter((e) => !e.startsWith('Failed to load resource'));
    const ours = page.failed.filter((url) => /exosome|block-renderer/.test(url));
    expect(!errors.length && !ours.length, `in the editor: ${[...errors, ...ours].join(' | ')}`);
  });

  await check('a Contributor can add the block and the shortcode: the draft keeps both and renders two quizzes', async () => {
    const contributor = { user: 'contributor', password: randomBytes(12).toString('hex') };
    await rest(adminPage, 'POST', '/wp/v2/users', { username: contributor.user, password: contributor.password, email: 'contributor@example.com', roles: ['contributor'] });
    const context = await browser.createBrowserContext();
    const page = await logIn(context, contributor.user, contributor.password, base);
    const content = `<!-- wp:exosome-quiz/quiz {"productUrl":"${PRODUCT}"} /-->\n\n<!-- wp:shortcode -->\n[exosome_quiz theme="dark"]\n<!-- /wp:shortcode -->`;
    const draft = await rest(page, 'POST', '/wp/v2/posts', { title: 'A draft by a Contributor', status: 'draft', content });
    const saved = await rest(page, 'GET', `/wp/v2/posts/${draft.id}?context=edit`);
    expect(saved.content.raw === content, `the saved draft differs: ${saved.content.raw}`);
    const quizzes = saved.content.rendered.match(/<exosome-quiz[^>]*>/g) ?? [];
    expect(quizzes.length === 2 && quizzes[0].includes(`product-url="${PRODUCT}"`) && quizzes[1].includes('theme="dark"'), `rendered: ${quizzes.join(' ')}`);
    await context.close();
  });

  let shareUrl;
  for (const width of [375, 1280]) {
    await check(`a reader at ${width} px: the quiz to a result, the product link, copy, share link; no layout shift`, async () => {
      expect(blockPost, 'no published post');
      const { context, page } = await readerPage(width);
      await context.overridePermissions(base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      await page.goto(blockPost.link, { waitUntil: 'load' });
      await quizReady(page);
      // Two frames after the first render, for any shift it causes to be reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const facts = await pageFacts(page);
      expect(facts.script?.defer, `the script is not deferred: ${JSON.stringify(facts.script)}`);
      expect(facts.script.src.startsWith(`${base}/wp-content/plugins/exosome-quiz/`), `the script comes from ${facts.script.src}`);
      expect(facts.reserve, 'the reserve rule is not on the page');
      expect(facts.quizzes.length === 1, `${facts.quizzes.length} quizzes on the page`);
      expect(!facts.quizzes[0].fallbackShown, 'the fallback text is still shown after the element upgraded');
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(cls === 0, `layout shift ${cls.toFixed(4)}: ${JSON.stringify(shifts)}`);
      const foreign = page.requests.filter((url) => !url.startsWith(base) && !url.startsWith('data:'));
      expect(!foreign.length, `requests elsewhere: ${foreign.join(', ')}`);
      if (width === 375) await screenshot(page, 'post-375.png');

      const verdict = await completeQuiz(page, goodFit);
      expect(verdict, 'no verdict');
      const link = await page.evaluate(() => {
        const a = document.querySelector('exosome-quiz').shadowRoot.querySelector('a[part~="product-link"]');
        return a && { href: a.href, rel: a.rel, target: a.target, text: a.textContent.trim() };
      });
      expect(link, 'no product link on a good-fit result');
      expect(link.href === PRODUCT, `the product link goes to ${link.href}`);
      expect(link.rel === 'sponsored noopener', `the product link's rel is "${link.rel}"`);
      expect(link.text.includes('Calm Repair Serum'), `the product link says "${link.text}"`);

      await pressButton(page, 'Copy result');
      await waitFor('"Copied"', async () => (await statusText(page)).startsWith('Copied'), { timeout: 10_000 });
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.includes(verdict), `the copied text lacks the verdict "${verdict}"`);
      await pressButton(page, 'Share link');
      await waitFor('"Link copied"', async () => (await statusText(page)).startsWith('Link copied'), { timeout: 10_000 });
      shareUrl = await page.evaluate(() => navigator.clipboard.readText());
      expect(shareUrl.startsWith(blockPost.link) && shareUrl.includes('#'), `the share link is ${shareUrl}`);
      if (width === 375) await screenshot(page, 'result-375.png', { fullPage: true });
      const errors = consoleErrors.get(page);
      expect(!errors.length, `console errors: ${errors.join(' | ')}`);
      await context.close();

      const other = await readerPage(width);
      await other.page.goto(shareUrl, { waitUntil: 'load' });
      const reopened = await other.page
        .waitForFunction(
          () => document.querySelector('exosome-quiz')?.shadowRoot?.querySelector('[part~="verdict"] #heading')?.textContent.trim(),
          { timeout: WAIT },
        )
        .then((h) => h.jsonValue());
      expect(reopened === verdict, `the share link opens "${reopened}", not "${verdict}"`);
      await other.context.close();
    });
  }

  let classicPost;
  await check('the shortcode in a classic post, by the Author: its attributes, two quizzes with their own ids', async () => {
    classicPost = await rest(authorPage, 'POST', '/wp/v2/posts', {
      title: 'Serums, honestly',
      status: 'publish',
      content:
        '<p>A classic post with the shortcode.</p>\n\n' +
        `[exosome_quiz heading="Is a serum for you?" product_url="${PRODUCT}" product_name="Calm Repair Serum" theme="dark" persist="none"]\n\n` +
        '<p>And a second one that starts at the questions.</p>\n\n[exosome_quiz skip_intro="true" theme="light" persist="local"]',
    });
    const { context, page } = await readerPage(1280);
    await page.goto(classicPost.link, { waitUntil: 'load' });
    await quizReady(page, 0);
    await quizReady(page, 1);
    const facts = await pageFacts(page);
    expect(facts.script?.defer && facts.reserve, 'the script or the reserve rule is missing');
    const [first, second] = facts.quizzes.map((q) => q.attributes);
    const want = { id: 'skin-quiz', heading: 'Is a serum for you?', 'product-url': PRODUCT, 'product-name': 'Calm Repair Serum', theme: 'dark', persist: 'none' };
    expect(JSON.stringify(first) === JSON.stringify(want), `first quiz: ${JSON.stringify(first)}`);
    expect(JSON.stringify(second) === JSON.stringify({ id: 'skin-quiz-2', theme: 'light', persist: 'local', 'skip-intro': '' }), `second quiz: ${JSON.stringify(second)}`);
    const secondStarts = await page.evaluate(() => !!document.querySelectorAll('exosome-quiz')[1].shadowRoot.querySelector('input[name="concerns"]'));
    expect(secondStarts, 'skip_intro did not start at the first question');
    const errors = consoleErrors.get(page);
    expect(!errors.length, `console errors: ${errors.join(' | ')}`);
    await context.close();
  });

  await check('a post without the quiz loads no script and no rule of the plugin', async () => {
    const { context, page } = await readerPage(1280);
    const plain = await rest(authorPage, 'POST', '/wp/v2/posts', { title: 'No quiz here', status: 'publish', content: '<!-- wp:paragraph --><p>Just words.</p><!-- /wp:paragraph -->' });
    await page.goto(plain.link, { waitUntil: 'load' });
    const html = await page.content();
    expect(!/exosome-quiz/i.test(html), 'the page mentions exosome-quiz');
    expect(!page.requests.some((url) => url.includes('exosome-quiz')), 'the page requested a file of the plugin');
    await context.close();
  });

  // The shortcode's values carry no tags: WordPress's own texturizing splits a
  // shortcode at a tag before any plugin sees it. Block attributes travel as JSON whole.
  const hostile = {
    shortcode: { heading: '" onfocus="window.pwned=1" autofocus tabindex="0', name: '" onmouseover="window.pwned=2' },
    block: { heading: '"><script>window.pwned=3</script>', name: '<img src=x onerror="window.pwned=4">' },
    url: 'javascript:alert(document.cookie)',
  };
  const blockJson = JSON.stringify({ heading: hostile.block.heading, productUrl: hostile.url, productName: hostile.block.name })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\\"/g, '\\u0022');
  const hostileContent =
    `<!-- wp:exosome-quiz/quiz ${blockJson} /-->\n\n` +
    `<!-- wp:shortcode -->\n[exosome_quiz heading='${hostile.shortcode.heading}' product_url="${hostile.url}" product_name='${hostile.shortcode.name}']\n<!-- /wp:shortcode -->`;
  for (const [who, page] of [['the Author', () => authorPage], ['the administrator (unfiltered_html)', () => adminPage]]) {
    await check(`hostile values from ${who} in the block and the shortcode come out escaped`, async () => {
      const post = await rest(page(), 'POST', '/wp/v2/posts', { title: `Hostile, by ${who}`, status: 'publish', content: hostileContent });
      const raw = await (await fetch(post.link)).text();
      const tags = raw.match(/<exosome-quiz[^>]*>/g) ?? [];
      const { context, page: reader } = await readerPage(1280);
      await reader.goto(post.link, { waitUntil: 'load' });
      await quizReady(reader, 0);
      await quizReady(reader, 1);
      const facts = await pageFacts(reader);
      const handlers = await reader.evaluate(() => document.querySelectorAll('[onfocus], [onmouseover], [onerror], [autofocus]').length);
      expect(!facts.pwned && !handlers, `a hostile value ran or made an attribute: ${tags.join(' ')}`);
      expect(facts.quizzes.length === 2, `${facts.quizzes.length} quizzes on the page`);
      for (const quiz of facts.quizzes) {
        expect(!('product-url' in quiz.attributes), `a product-url came through: ${quiz.attributes['product-url']}`);
        expect(!/<(script|img)/i.test(quiz.children), `markup inside the quiz: ${quiz.children}`);
        const names = Object.keys(quiz.attributes).sort().join(',');
        expect(['heading,id,product-name', 'heading,id', 'id,product-name', 'id'].includes(names), `attributes: ${names}`);
      }
      expect(!tags.some((tag) => /javascript:/i.test(tag)), 'javascript: in the served HTML');
      if (who.startsWith('the administrator')) {
        // No kses in the way: the values reach the plugin whole, and come out as text.
        const [block, shortcode] = facts.quizzes.map((q) => q.attributes);
        const same = (got, want, what) => expect(got === want, `${what} came out as ${JSON.stringify(got)} in ${tags.join(' ')}`);
        same(block.heading, hostile.block.heading, "the block's heading");
        same(block['product-name'], hostile.block.name, "the block's product name");
        same(shortcode.heading, hostile.shortcode.heading, "the shortcode's heading");
        same(shortcode['product-name'], hostile.shortcode.name, "the shortcode's product name");
        expect(raw.includes('heading="&quot;&gt;&lt;script&gt;window.pwned=3&lt;/script&gt;"'), 'the served HTML lacks the escaped block heading');
        expect(raw.includes('heading="&quot; onfocus=&quot;window.pwned=1&quot; autofocus tabindex=&quot;0"'), 'the served HTML lacks the escaped shortcode heading');
      }
      await context.close();
    });
  }

  await check('the fallback text shows in the reserved space when the script file is missing', async () => {
    const file = path.join(work, 'wp-content/plugins/exosome-quiz/exosome-quiz.iife.js');
    fs.renameSync(file, `${file}.away`);
    try {
      const { context, page } = await readerPage(375);
      await page.goto(blockPost.link, { waitUntil: 'load' });
      const facts = await pageFacts(page);
      const defined = await page.evaluate(() => !!customElements.get('exosome-quiz'));
      expect(!defined, 'the element is defined without its script');
      const quiz = facts.quizzes[0];
      expect(quiz?.fallbackShown, 'the fallback text is not shown');
      const text = await page.evaluate(() => document.querySelector('exosome-quiz').innerText.trim());
      expect(text.startsWith(FALLBACK), `the fallback says: ${text}`);
      expect(quiz.height >= 24 * 16, `the quiz's place is ${quiz.height} px high`);
      await page.evaluate(() => document.querySelector('exosome-quiz').scrollIntoView({ block: 'center' }));
      await screenshot(page, 'post-375-no-script.png');
      await context.close();
    } finally {
      fs.renameSync(`${file}.away`, file);
    }
  });

  await check('no PHP notice, warning or error in debug.log or the web server log while the tests ran', () => {
    const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
    const lines = [...read(debugLog), ...read(path.join(work, 'apache-error.log')).filter((line) => /PHP /.test(line))];
    const ours = [...setupLines, ...lines].filter((line) => /plugins\/exosome-quiz\//.test(line));
    expect(!ours.length, `${ours.length} lines from the plugin, first: ${ours.slice(0, 3).join(' | ')}`);
    const bad = lines.filter((line) => /PHP (Notice|Warning|Fatal|Parse)|Stack trace/i.test(line));
    expect(!bad.length, `${bad.length} lines, first: ${bad.slice(0, 3).join(' | ')}`);
    // WordPress 6.1's own code on PHP 8.2 (null passed to trim() when the login
    // form is shown, the Requests library's return types): said, not failed.
    const deprecated = lines.filter((line) => /PHP Deprecated/.test(line));
    if (deprecated.length) {
      const where = [...new Set(deprecated.map((line) => line.match(/ in (\S+) on line/)?.[1]?.replace(`${WP}/`, '')))];
      say(`${deprecated.length} PHP Deprecated lines from WordPress ${wpVersion} itself on PHP ${phpVersion} (${where.join(', ')}), none from the plugin`);
    }
  });

  say(`took ${((Date.now() - begun) / 1000).toFixed(0)} s; screenshots in ${path.relative(ROOT, SHOTS)}/`);
}

const stop = async (signal) => {
  say(`stopped by ${signal}`);
  await teardown();
  process.exit(1);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// A hang guard: whatever happens, the servers are stopped.
const watchdog = setTimeout(() => stop('its 20-minute limit'), 20 * 60_000);
watchdog.unref();
try {
  await main();
} catch (error) {
  results.push({ name: 'the run', ok: false });
  say(`the run broke off: ${error?.stack ?? error}`);
} finally {
  await teardown();
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
if (!results.length) process.exitCode = 1;
if (failed) process.exitCode = 1;
if (results.length) say(`${passed} passed, ${failed} failed`);
