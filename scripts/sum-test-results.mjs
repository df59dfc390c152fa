/** Sums Vitest JSON reports (one per test level) into one plain line: "N passed, N failed". */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
const levels = [];
if (existsSync(folder)) {
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const report = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0);
    levels.push(
      `${name.replace(/\.json$/, '')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
    );
  }
}
for (const level of levels) console.log(`  ${level}`);
console.log(`${passed} passed, ${failed} failed`);
