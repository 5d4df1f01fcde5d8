// Prints one closing line, "N passed, N failed[, N skipped]", summed over the
// Vitest JSON reports in test-results/ (unit and browser). Exits non-zero when a
// report is missing, so a run that stopped early cannot look complete.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['unit', 'browser'];
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
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
if (missing.length) console.log(`No ${missing.join(' or ')} test results: that stage did not run.`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || missing.length ? 1 : 0;
