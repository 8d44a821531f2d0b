/**
 * For `npm run mutation` only (stryker.vitest.config.ts). The zod schemas
 * are built once, on first use, and then cached; Stryker's
 * per-test coverage would credit their mutants only to the first test of a
 * file that happened to build them, and never run the tests that kill them
 * (a back transition's target mutated from the previous step to the next
 * one "survived" beside the test that walks back). Built here, at load and
 * outside any test, they count as static: every test runs against them.
 */
import { parseAnswers } from '../../src/rules/index.js';
import { readProgress } from '../../src/persistence/saved-progress.js';

parseAnswers({});
readProgress('{"at":0,"screen":"intro","code":""}', 1);
