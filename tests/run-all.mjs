// `npm test`: typecheck, lint, web-ext lint, unit and end-to-end tests (Chromium and Firefox), then one plain summary line
// "N passed, N failed" counting every check and every test together.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORT = 'test-results/vitest.json';
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
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

mkdirSync('test-results', { recursive: true });
rmSync(REPORT, { force: true });
const vitestOk = run('unit and end-to-end tests', 'npx', [
  'vitest', 'run', '--project', 'unit', '--project', 'e2e', '--project', 'e2e-firefox', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`,
]);
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load has no test results but must still fail the run.
  if (!vitestOk && report.numFailedTests === 0) failed += Math.max(1, report.numFailedTestSuites);
} catch {
  console.error('vitest wrote no report: counting the test run as failed');
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
