// Prints one closing line, "N passed, N failed[, N skipped]", summed over the
// Vitest JSON reports in test-results/ (unit, build and browser), a suite that failed as a
// whole counting as one failure. Exits non-zero when a report is missing, so a run
// that stopped early cannot look complete.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['unit', 'build', 'browser'];
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const name of reports) {
  const file = `test-results/${name}.json`;
  if (!existsSync(file)) {
    missing.push(name);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  // A suite that fails before its tests run (an import error, a failing hook) has no failed test of its
  // own: count it as one failure, so the closing line never reads "0 failed" over a broken suite.
  const brokenSuites = report.testResults.filter(
    (suite) => suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  failed += report.numFailedTests + brokenSuites;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
if (missing.length) console.log(`No ${missing.join(' or ')} test results: that stage did not run.`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || missing.length ? 1 : 0;
