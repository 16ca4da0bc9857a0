#!/usr/bin/env node
// `npm test`: lint (with the layering rules), type-check, build, unit tests, end-to-end tests.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong;
// the last line is the summary "Summary: N passed, M failed", and the exit code is non-zero
// when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const tmp = '.tmp/test';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const run = (label, cmd, args, env = {}) => {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
};

const checks = [];
checks.push(['lint', run('lint', 'npx', ['eslint', '--max-warnings=0', '.'])]);
checks.push(['typecheck', run('typecheck', 'npm', ['run', '--silent', 'typecheck'])]);
const built = run('build', 'node', ['scripts/build.mjs']);
checks.push(['build', built]);

run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${tmp}/vitest.json`]);
const e2eRan = built && run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${tmp}/playwright.json`,
});

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;

const unit = readJson(`${tmp}/vitest.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numTotalTests === 0 || (unit.success === false && unit.numFailedTests === 0)) failed += 1; // no tests, or a suite failed to load
} else failed += 1;

const e2e = readJson(`${tmp}/playwright.json`);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  if (e2e.errors?.length) failed += e2e.errors.length;
} else if (!e2eRan) failed += 1;

// Tests that did not run (the Electron smoke test where there is no Electron binary) are
// named with their reason, so a skip is never silent.
const notRun = [];
const walk = (suite) => {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status !== 'skipped') continue;
      const reason = t.annotations?.find((a) => a.type === 'skip')?.description ?? 'skipped';
      notRun.push(`${spec.file}: ${spec.title}: ${reason}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child);
};
for (const suite of e2e?.suites ?? []) walk(suite);
for (const line of notRun) console.log(`- not run: ${line}`);

for (const [label, okay] of checks) {
  if (okay) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed (see above)`);
  }
}

console.log(`\nSummary: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
