/**
 * Every test starts as a new reader on a clean page: the widget keeps
 * progress in sessionStorage by default (persist="session") and reads share
 * links from the fragment, so what one test left behind would otherwise open
 * the next one at a result. Imported by helpers.ts and frames.ts, so it runs
 * as a root hook before each test of every file.
 */
function newReader() {
  sessionStorage.clear();
  localStorage.clear();
  if (location.hash) history.replaceState(null, '', `${location.pathname}${location.search}`);
}
// Before a file's own `before` hooks too, which some suites use to take a baseline.
before(newReader);
beforeEach(newReader);
