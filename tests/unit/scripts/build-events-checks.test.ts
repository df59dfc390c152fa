/**
 * The build's checks on the editorial tables, on synthetic input: source dates, the title rule, the
 * side-of-frontier rule, and the whole build run on a small synthetic data folder
 * (tests/unit/fixtures/build-events) and on broken copies of it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataAsOf } from '../../../scripts/events/facts.mjs';
import { sideProblems } from '../../../scripts/events/frontier-side.mjs';
import { parseSourceDate } from '../../../scripts/events/sources.mjs';
import { titleProblem } from '../../../scripts/events/wording.mjs';

const FIXTURE = 'tests/unit/fixtures/build-events';
const temp = mkdtempSync(join(tmpdir(), 'frontier-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('parseSourceDate', () => {
  it.each([
    ['2025-10-19', { date: '2025-10-19' }],
    ['2025-10-19 (KUNA)', { date: '2025-10-19' }],
    ['2025-10-26/27', { date: '2025-10-26', dateApprox: true }],
    ['undated (~2025-10-10)', { date: '2025-10-10', dateApprox: true }],
    ['undated (~Dec 2025)', { date: '2025-12', dateApprox: true }],
    ['undated (NPR mirror, ~late Jan 2026)', { date: '2026-01', dateApprox: true }],
    ['undated (Dawn; article id suggests late Feb 2026)', { date: '2026-02', dateApprox: true }],
    // The year dates the page; the month named later dates what it reports.
    ['undated (2026; reports a confirmation of 30 Nov 2025)', { date: '2026', dateApprox: true }],
    ['undated', {}],
  ])('%s', (text, expected) => {
    expect(parseSourceDate(text)).toEqual(expected);
  });
});

describe('the title rule', () => {
  it.each([
    'Market struck in a test district',
    'Test village: strike kills five',
    'House destroyed in a night strike',
    'Fuel depot burned near the airport',
    'Border posts seized',
  ])('rejects an unattributed outcome: %s', (title) => {
    expect(titleProblem('E9', title)).toMatch(/^E9: title ".*" reports an outcome/);
  });

  it.each([
    'Afghan officials say a market was struck in a test district',
    'Test village: strike kills five, according to the hospital',
    'Pakistan says posts were seized',
    'Posts destroyed (ISPR)',
    'Schoolgirl hurt by debris (Pakistani media)',
    'Afghan claim of posts captured',
    'Talks end without a deal',
    'Crossing closed',
  ])('accepts: %s', (title) => {
    expect(titleProblem('E9', title)).toBeNull();
  });
});

describe('the side-of-frontier rule', () => {
  // West of 70°E is "Afghanistan" in this made-up world; nothing north of 40°N is either side.
  const locate = ([lon, lat]: number[]) => ({
    side: lat! > 40 ? null : lon! < 70 ? 'AFG' : 'PAK',
    km: Math.abs(lon! - 70) * 100,
  });

  it('names each point on the other side from its country, or in neither', () => {
    const problems = sideProblems(
      [
        { id: 'E1', country: 'AFG', coordinates: [69, 34], sideNote: '' },
        { id: 'E2', country: 'PAK', coordinates: [69.5, 34], sideNote: '' },
        { id: 'E3', country: 'AFG', coordinates: [71, 34], sideNote: '' },
        { id: 'E4', country: 'PAK', coordinates: [71, 41], sideNote: '' },
      ],
      locate,
    );
    expect(problems).toEqual([
      'E2: country is PAK but the point lies 50.0 km inside Afghanistan; move it, or say why in side_note',
      'E3: country is AFG but the point lies 100.0 km inside Pakistan; move it, or say why in side_note',
      'E4: country is PAK but the point lies in neither country; move it, or say why in side_note',
    ]);
  });

  it('lets a side_note explain, and skips other countries, shared rows and rows without a point', () => {
    const problems = sideProblems(
      [
        {
          id: 'E1',
          country: 'PAK',
          coordinates: [69, 34],
          sideNote: 'a Pakistani post held on the far side',
        },
        { id: 'E2', country: 'AFG/PAK', coordinates: [71, 34], sideNote: '' },
        { id: 'E3', country: 'QAT', coordinates: [51.5, 25.3], sideNote: '' },
        { id: 'E4', country: 'AFG', coordinates: null, sideNote: '' },
      ],
      locate,
    );
    expect(problems).toEqual([]);
  });
});

describe('dataAsOf', () => {
  it('is the latest day among the sources, leaving out month- and year-only dates', () => {
    const feature = (...dates: string[]) => ({
      properties: { sources: dates.map((date) => ({ url: 'https://example.org', publisher: 'x', date })) },
    });
    expect(
      dataAsOf([feature('2025-10-10', '2026-01'), feature('2025-11-02', '2027'), { properties: {} }]),
    ).toBe('2025-11-02');
    expect(dataAsOf([feature('2026-02')])).toBeNull();
  });
});

/** Runs the build on a data folder into a fresh output folder. */
function build(data: string) {
  const out = mkdtempSync(join(temp, 'out-'));
  const run = spawnSync(process.execPath, ['scripts/build-events.mjs', '--data', data, '--out', out], {
    encoding: 'utf8',
  });
  return { ...run, out };
}

/** A copy of the synthetic data folder with `edit` applied to its files' text. */
function brokenCopy(edit: Record<string, (text: string) => string>): string {
  const data = mkdtempSync(join(temp, 'data-'));
  cpSync(FIXTURE, data, { recursive: true });
  for (const [name, change] of Object.entries(edit)) {
    const path = join(data, name);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  }
  return data;
}

describe('npm run build:events on synthetic tables', () => {
  it('builds the layers and facts.json with the data-as-of day; month and year source dates are kept', () => {
    const { status, stderr, out } = build(FIXTURE);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const facts = JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8'));
    expect(facts.dataAsOf).toBe('2025-10-10');
    expect(facts.pressFigures).toEqual([
      { km: 2600, who: 'Test outlet', url: 'https://example.org/length', date: '2025-10-15' },
    ]);
    const events = JSON.parse(readFileSync(join(out, 'events.geojson'), 'utf8')).features;
    expect(events.map((f: { id: string }) => f.id)).toEqual(['e001-test-strike', 'e002-test-clash']);
    expect(events[0].properties.sources[1]).toEqual({
      url: 'https://example.com/two',
      publisher: 'Example Com',
      date: '2025-12',
      dateApprox: true,
    });
    expect(events[1].properties.sources[0]).toMatchObject({ date: '2026', dateApprox: true });
  }, 30_000);

  it('stops on an unattributed outcome in a title and on a point on the wrong side, writing nothing', () => {
    const data = brokenCopy({
      'wording.json': (text) =>
        text.replace('Test officials say a test building was destroyed', 'Building destroyed'),
      'events.csv': (text) => text.replace('PAK,71.58,34.01', 'PAK,69.3,34.4'),
    });
    const { status, stderr, out } = build(data);
    expect(status).toBe(1);
    expect(stderr).toContain('error: E001: title "Building destroyed" reports an outcome ("destroyed")');
    expect(stderr).toMatch(/error: E002: country is PAK but the point lies \d+\.\d km inside Afghanistan/);
    expect(existsSync(join(out, 'events.geojson'))).toBe(false);
  }, 30_000);

  it('accepts a point on the other side when side_note says why', () => {
    const data = brokenCopy({
      'events.csv': (text) =>
        text
          .replace('PAK,71.58,34.01', 'PAK,69.3,34.4')
          .replace(/undated \(2026; test\),$/m, 'undated (2026; test),post held across the line'),
    });
    const { status, stderr } = build(data);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, 30_000);
});
