/**
 * `npm run bench`: runs each benchmark as its own Node process, one after the other, so that one
 * failing does not hide the others' tables. Each prints Markdown on stdout.
 *
 *   npm run bench                          # geo, scale, and snapshot when present
 *   npm run bench -- --only scale          # one of geo | scale | acled-load | viewer-load | snapshot | budgets; later arguments go to it
 *   npm run bench -- --quick               # the shorter run of the benchmarks that have one
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Benchmarks in order, with the flags each understands (when all run, only those are passed on). */
// scale builds dist/ when needed; viewer-load and snapshot use it.
const FLAGS = {
  geo: ['--quick'],
  scale: ['--quick', '--no-build'],
  'acled-load': ['--quick', '--no-build'],
  'viewer-load': [],
  snapshot: [],
  budgets: [],
};
const BENCHMARKS = Object.keys(FLAGS);
const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
if (onlyAt >= 0 && !BENCHMARKS.includes(only)) {
  console.error(`--only takes one of ${BENCHMARKS.join(', ')}`);
  process.exit(2);
}
const rest = onlyAt < 0 ? args : args.filter((_arg, index) => index !== onlyAt && index !== onlyAt + 1);
const argsFor = (name) => (only ? rest : rest.filter((arg) => FLAGS[name].includes(arg)));

const run = (name) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [`${here}${name}.mjs`, ...argsFor(name)], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
    child.on('error', () => resolve(1));
  });

const outcomes = [];
for (const name of only ? [only] : BENCHMARKS) {
  if (!existsSync(`${here}${name}.mjs`)) {
    if (only) outcomes.push([name, 'missing']);
    continue;
  }
  console.error(`\n— bench/${name}.mjs —`);
  outcomes.push([name, (await run(name)) === 0 ? 'ok' : 'failed']);
}
console.error(`\n${outcomes.map(([name, outcome]) => `${name}: ${outcome}`).join(', ')}`);
process.exit(outcomes.every(([, outcome]) => outcome === 'ok') ? 0 : 1);
