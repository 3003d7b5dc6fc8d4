// The real KS2 panel and Ofsted history as a data lead drops them in: a folder of CSVs given to
// `pathway categorise`, with no conversion script (docs/realdata.md, "The direct way"). Five real
// rows, named in tests/fixtures/realdata-panel/README.md.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvFolderWorkbook } from '../../cli/csv-folder.js';
import type { CategoriseOutput } from '../../core/run/categorise.js';
import { readInputSheets } from '../../core/run/io.js';
import { trackerSheets } from '../../core/run/tracker-sheets.js';
import { parseTracker } from '../../core/tracker/index.js';
import { REPO, runPathway } from './_lib/run-cli.js';
import { makeTempDir } from './_lib/temp-dir.js';

const FOLDER = join(REPO, 'tests', 'fixtures', 'realdata-panel');
const AS_OF = '2026-03-31';
const tmp = makeTempDir('realdata-panel');
afterAll(() => tmp.remove());

function categorise(folder: string, name: string): CategoriseOutput {
  const run = runPathway(['categorise', folder, '--json', '--as-of', AS_OF, '-o', tmp.path(`${name}.xlsx`)]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CategoriseOutput;
}

/** Issues other than the ones every unbenchmarked panel measure (read_prog, cohort …) raises. */
// The panel's other measures (cohort, scaled scores, progress) have no benchmarks: one warning each, checked on its own below.
const aboutTheData = (out: CategoriseOutput) => out.issues.filter((i) => !/no usable benchmark row|has no benchmark row .* in any year/.test(i.message));

describe('pathway categorise on a folder holding the real KS2 panel, benchmarks and Ofsted history', () => {
  let out: CategoriseOutput;
  beforeAll(() => {
    out = categorise(FOLDER, 'panel');
  });

  it('takes the five schools from the panel, by school_key and school_name', () => {
    expect(out.schools.map((s) => [s.school, s.urn]).sort()).toEqual([
      ['De Lacy Primary School', '138006'],
      ['Greengates Primary School', '146593'],
      ['Highfields Primary Academy', '138083'],
      ['Serlby Park Academy', '137141'],
      ['Strand Primary Academy', '138866'],
    ]);
  });

  it.each([
    ['Greengates Primary School', 'B'],
    ['Strand Primary Academy', 'F'],
    ['Serlby Park Academy', 'D'],
    ['Highfields Primary Academy', 'G'],
    ['De Lacy Primary School', null],
  ])('%s gets journey %s, as docs/realdata.md says', (school, journey) => {
    const found = out.schools.find((s) => s.school === school);
    expect(found?.headlineMeasure).toBe('rwm_exp_pct');
    expect(found?.trajectory).toBe(journey);
  });

  it('reads Greengates\' five rwm_exp_pct years from the panel, and uses them all', () => {
    const greengates = out.schools.find((s) => s.school === 'Greengates Primary School');
    expect(greengates?.trajectoryFeatures?.points).toBe(5);
    expect(greengates?.reasons.join('\n')).toMatch(/^rwm_exp_pct: /m);
  });

  it('says where the schools came from and how many history rows are outside the trust, and nothing else about the data', () => {
    expect(aboutTheData(out).map((i) => `${i.sheet}!${i.cell}:${i.severity}`)).toEqual(['ks2_panel!:warning', 'ofsted_history!A1:warning']);
    const [adopted, outside] = aboutTheData(out);
    expect(adopted?.message).toMatch(/took the 5 schools from the performance sheets\. Strands and phase of education are unknown/);
    expect(outside?.message).toMatch(/^3 of the 17 rows on ofsted_history are for schools that are not among the 5/);
  });

  it('warns once per panel measure that has no benchmarks (cohort, scores), never once per year or school', () => {
    const unbenchmarked = out.issues.filter((i) => /has no benchmark row .* in any year/.test(i.message));
    const measures = unbenchmarked.map((i) => i.message.split(' has no benchmark')[0]);
    expect(new Set(measures).size).toBe(unbenchmarked.length);
    expect(measures).toContain('cohort');
    expect(measures).not.toContain('rwm_exp_pct');
    expect(unbenchmarked.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('gives each school its latest inspection from the history, on the legacy scale', async () => {
    const sheets = trackerSheets(await readInputSheets(await CsvFolderWorkbook.open(FOLDER)));
    const { tracker } = parseTracker(sheets);
    const inspection = (urn: string) => tracker.schools.find((s) => s.urn === urn)?.inspection;
    // Greengates (146593) was inspected five times under its old URN 107206; the newest is 2017.
    expect(inspection('146593')).toEqual({ kind: 'legacy-grade', grade: 2, date: '2017-11-28', source: { sheet: 'ofsted_history', cell: 'D5' } });
    expect(inspection('138083')).toMatchObject({ grade: 3, date: '2018-05-16' });
    expect(inspection('138866')).toMatchObject({ grade: 3, date: '2018-10-09' });
    expect(inspection('137141')).toMatchObject({ grade: 2, date: '2013-02-12' });
    expect(inspection('138006')).toMatchObject({ grade: 2, date: '2017-01-24' });
  });

  it('with a schools list beside them, keeps the list\'s inspection and warns at the newer history row', () => {
    const folder = tmp.path('with-schools');
    cpSync(FOLDER, folder, { recursive: true });
    // An invented schools list for the same five real schools; Greengates' entry is out of date.
    writeFileSync(
      join(folder, 'schools.csv'),
      [
        'School,URN,Phase of education,Last inspection,Last inspection date',
        'Highfields Primary Academy,138083,Primary,,',
        'Greengates Primary School,146593,Primary,Requires improvement,25/11/2015',
        'Strand Primary Academy,138866,Primary,,',
        'Serlby Park Academy,137141,Primary,Good,12/02/2013',
        'De Lacy Primary School,138006,Primary,,',
      ].join('\n'),
    );
    const listed = categorise(folder, 'with-schools');
    expect(listed.schools.map((s) => s.trajectory).sort()).toEqual(out.schools.map((s) => s.trajectory).sort());
    const issues = aboutTheData(listed);
    expect(issues.map((i) => `${i.sheet}!${i.cell}:${i.severity}`)).toEqual(['ofsted_history!A1:warning', 'ofsted_history!D5:warning']);
    expect(issues[1]?.message).toBe(
      'The inspection history has a newer inspection for Greengates Primary School: "Good" on 2017-11-28, after the one on 2015-11-25 given at schools!D3. Pathway kept the schools sheet\'s. Update whichever is out of date.',
    );
  });
});
