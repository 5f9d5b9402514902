// `npm run lint:firefox` (and a check in `npm test`): builds the Firefox package and runs AMO's
// linter (web-ext lint, offline) on it. Any error fails; a warning fails unless it is one of the
// explained ones below, recognised by its code and by what the flagged file contains.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = '.output/firefox-mv3';
const EXPLAINED = [
  {
    code: 'DANGEROUS_EVAL',
    // zod keeps its JIT compiler (`new Function`) in the bundle; lib/zod-jitless.ts turns it off
    // before any parse, so it never runs. The linter reads the code, not the setting.
    inFile: 'jitless',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // react-dom's own innerHTML writes (dangerouslySetInnerHTML, which Heads Down never uses, and
    // its <script> parsing trick). Page text is rendered as text nodes.
    inFile: 'dangerouslySetInnerHTML',
  },
];

const env = { ...process.env, NODE_ENV: 'production', NO_UPDATE_NOTIFIER: '1' };
const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { env, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', DIR, '--no-config-discovery', '--output', 'json'], { env, encoding: 'utf8' });
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  console.error('web-ext lint wrote no report:', lint.stdout, lint.stderr);
  process.exit(1);
}
const explained = (m) => EXPLAINED.some((e) => e.code === m.code && m.file && readFileSync(path.join(DIR, m.file), 'utf8').includes(e.inFile));
const problems = [...report.errors, ...report.warnings.filter((m) => !explained(m))];
for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
  const note = problems.includes(m) ? '' : ' (explained in tests/lint-firefox.mjs)';
  console.log(`${m._type} ${m.code} ${m.file ?? ''}: ${m.message}${note}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${problems.length} not explained)`);
process.exit(problems.length === 0 ? 0 : 1);
