/** The closing line CI reads, over the unit, build and browser reports: a suite that failed as a whole (an import error) counts as a failure. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve('tests/report-summary.mjs');

function summarise(reports: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'summary-'));
  mkdirSync(join(dir, 'test-results'));
  for (const [name, report] of Object.entries(reports)) writeFileSync(join(dir, 'test-results', `${name}.json`), JSON.stringify(report));
  return spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
}

const suite = (status: string, tests: string[]) => ({ status, assertionResults: tests.map((test) => ({ status: test })) });
const report = (suites: ReturnType<typeof suite>[]) => ({
  numPassedTests: suites.flatMap((s) => s.assertionResults).filter((t) => t.status === 'passed').length,
  numFailedTests: suites.flatMap((s) => s.assertionResults).filter((t) => t.status === 'failed').length,
  numPendingTests: 0,
  testResults: suites,
});

describe('report-summary', () => {
  it('counts passed and failed tests over the unit, build and browser reports', () => {
    const result = summarise({
      unit: report([suite('passed', ['passed', 'passed'])]),
      build: report([]),
      browser: report([suite('failed', ['passed', 'failed'])]),
    });
    expect(result.stdout.trim()).toBe('3 passed, 1 failed');
    expect(result.status).toBe(1);
  });

  it('counts a suite that failed before any test ran as a failure', () => {
    const result = summarise({ unit: report([suite('failed', []), suite('passed', ['passed'])]), build: report([]), browser: report([]) });
    expect(result.stdout.trim()).toBe('1 passed, 1 failed');
    expect(result.status).toBe(1);
  });

  it('says when a stage left no report', () => {
    const result = summarise({ unit: report([suite('passed', ['passed'])]), build: report([]) });
    expect(result.stdout).toContain('No browser test results: that stage did not run.');
    expect(result.status).toBe(1);
  });
});
