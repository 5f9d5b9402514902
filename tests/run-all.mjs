// `npm test`: typecheck, lint, web-ext lint, unit and end-to-end tests (Chromium and Firefox), then one plain summary line
// "N passed, N failed" counting every check and every test together.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';

const REPORT = 'test-results/vitest.json';
const TIMED_REPORT = 'test-results/vitest-timed.json';
const TIMED_LOG = 'test-results/e2e-timed.log';
let passed = 0;
let failed = 0;

function run(label, command, args, env = process.env) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

/** Adds a vitest JSON report's counts; a run that failed without failing tests (a suite that did not load) counts as failed. */
function count(report, ok) {
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (!ok && r.numFailedTests === 0) failed += Math.max(1, r.numFailedTestSuites);
  } catch {
    console.error(`vitest wrote no report (${report}): counting that run as failed`);
    failed++;
  }
}

mkdirSync('test-results', { recursive: true });
for (const file of [REPORT, TIMED_REPORT, TIMED_LOG]) rmSync(file, { force: true });

// The Chromium e2e build, once, before anything uses it: the two test runs below share it, and
// neither rebuilds it under the other (a browser reads extension files while it runs).
const prebuilt = { ...process.env, HEADSDOWN_E2E_PREBUILT: '1' };
const built = run('e2e build', 'npx', ['wxt', 'build', '--mode', 'e2e']);
if (!built) failed++;

// The tests that wait for the wall clock (whole minutes, 30 s alarms) spend two minutes mostly
// idle: they run beside everything else, their output kept apart and printed at the end.
let timedDone = Promise.resolve(false);
if (built) {
  console.log(`\n▶ clock tests, beside the rest: npx vitest run --project e2e-timed (output in ${TIMED_LOG})`);
  const log = openSync(TIMED_LOG, 'w');
  const timed = spawn('npx', ['vitest', 'run', '--project', 'e2e-timed', '--reporter=default', '--reporter=json', `--outputFile.json=${TIMED_REPORT}`], { stdio: ['ignore', log, log], env: prebuilt });
  timedDone = new Promise((resolve) => timed.on('exit', (code) => resolve(code === 0)));
}

for (const [label, args] of [
  ['typecheck', ['tsc', '--noEmit']],
  ['lint', ['eslint', '.']],
]) {
  if (run(label, 'npx', args)) passed++;
  else failed++;
}
// AMO's linter on the Firefox package: no errors, no unexplained warnings.
if (run('web-ext lint (Firefox package)', 'node', ['tests/lint-firefox.mjs'])) passed++;
else failed++;

const projects = ['unit', ...(built ? ['e2e'] : []), 'e2e-firefox'].flatMap((p) => ['--project', p]);
const vitestOk = run('unit and end-to-end tests', 'npx', ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`], prebuilt);
count(REPORT, vitestOk);

if (built) {
  const timedOk = await timedDone;
  console.log(`\n▶ clock tests (e2e-timed), as they ran:\n${readFileSync(TIMED_LOG, 'utf8')}`);
  count(TIMED_REPORT, timedOk);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
