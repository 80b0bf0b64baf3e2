/**
 * The 报送表 against office software nobody here wrote: LibreOffice (headless) opens every generated
 * form and converts it to PDF (one A4 page) and CSV without error, and a filled form saved by
 * LibreOffice as a legacy .xls (and the same bytes named .et, as WPS sends them) imports the same
 * figures as the .xlsx. The rankings workbook the site publishes opens there too, every sheet with its
 * figures. scripts/test-all.sh installs libreoffice-calc-nogui.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formsFor } from '../src/lib/excel/forms.ts';
import { readForm } from '../src/lib/excel/read-form.ts';
import type { Model } from '../src/lib/model/model.ts';
import { rankingsWorkbook } from '../src/lib/export/workbook.ts';
import { loadData } from '../src/lib/model/load.ts';
import { scoreBoard } from '../src/lib/score/board.ts';
import { excelBoard, modelOf } from './support/excel-board.ts';
import { editForm, fill } from './support/fill-form.ts';
import { SAMPLE } from './support/sample.ts';
import { needTool, PROGRAM_MS, sharedSetup } from './support/setup.ts';
import { asPeriod } from './support/ids.ts';

const work = mkdtempSync(join(tmpdir(), 'excel-lo-'));
const profile = `file://${join(work, 'profile')}`;
const formsDir = join(work, 'forms');
let model: Model;
let names: string[];

/** soffice with a private profile, so parallel runs do not collide. */
function soffice(args: string[], cwd: string) {
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
}

/** LibreOffice converting a dozen files takes a minute or more on a busy machine. */
const OFFICE_MS = 240_000;

sharedSetup(async () => {
  needTool('soffice', 'libreoffice-calc-nogui');
  needTool('pdfinfo', 'poppler-utils');
  model = modelOf(excelBoard());
  const made = await formsFor(model, asPeriod('2006-01'), { when: new Date(Date.UTC(2006, 1, 3)) });
  if (!made.ok) throw new Error(made.reason);
  execFileSync('mkdir', ['-p', formsDir]);
  for (const f of made.files) writeFileSync(join(formsDir, f.name), f.bytes);
  names = made.files.map((f) => f.name);
  soffice(['--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...names], formsDir);
  soffice(
    ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(work, 'csv'), ...names],
    formsDir,
  );
}, OFFICE_MS);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the 报送表 in LibreOffice', () => {
  it('converts every generated form to PDF and CSV', () => {
    const stem = (n: string) => n.replace(/\.xlsx$/, '');
    expect(readdirSync(join(work, 'pdf')).sort()).toEqual(names.map((n) => `${stem(n)}.pdf`).sort());
    expect(readdirSync(join(work, 'csv')).sort()).toEqual(names.map((n) => `${stem(n)}.csv`).sort());
  });

  it(
    'prints each unit’s form on one A4 page',
    () => {
      for (const name of names.filter((n) => n.startsWith('报送表'))) {
        const info = execFileSync('pdfinfo', [join(work, 'pdf', name.replace(/\.xlsx$/, '.pdf'))], {
          encoding: 'utf8',
        });
        expect(info, name).toMatch(/Pages:\s+1\n/);
        expect(info, name).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      }
    },
    PROGRAM_MS,
  );

  it('shows the title, the unit and the indicators in the CSV LibreOffice writes', () => {
    const csv = readFileSync(join(work, 'csv', '报送表-2006-01-大中镇.csv'), 'utf8');
    expect(csv).toContain('2006年1月利用外资目标任务完成情况报送表');
    expect(csv).toContain('填报单位（盖章）：大中镇');
    expect(csv).toMatch(/1,"?合同利用外资"?,"?万美元"?,480,1200/);
  });

  it('imports the same figures from a filled form saved by LibreOffice as .xls, or sent as WPS .et', async () => {
    const filled = await editForm(
      readFileSync(join(formsDir, '报送表-2006-01-大中镇.xlsx')),
      fill({ G5: 321, G6: 123, C7: '韩资项目已签约', G9: '李明', G10: new Date(Date.UTC(2006, 1, 3)) } as never),
    );
    const dir = join(work, 'filled');
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'filled.xlsx'), filled);
    soffice(['--convert-to', 'xls', '--outdir', dir, 'filled.xlsx'], dir);
    const xls = readFileSync(join(dir, 'filled.xls'));
    expect([...xls.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]); // a compound file: the legacy format
    const figures = (file: string, bytes: Uint8Array) => {
      const reading = readForm(model, file, bytes);
      expect(reading.problems, file).toEqual([]);
      const [entry] = reading.entries;
      return {
        unit: entry.unit.id,
        figures: Object.fromEntries(Object.entries(entry.figures).map(([k, v]) => [k, [v.value, v.cell]])),
        remark: entry.remark?.value,
        filledBy: entry.filledBy?.value,
        sentOn: entry.sentOn?.value,
        problems: entry.problems,
      };
    };
    const fromXlsx = figures('filled.xlsx', filled);
    expect(fromXlsx).toEqual({
      unit: 'dazhong',
      figures: { contracted: [321, 'G5'], actual: [123, 'G6'] },
      remark: '韩资项目已签约',
      filledBy: '李明',
      sentOn: '2006-02-03',
      problems: [],
    });
    expect(figures('filled.xls', xls)).toEqual(fromXlsx);
    expect(figures('filled.et', xls)).toEqual(fromXlsx);
  }, 120_000);
});

describe('the rankings workbook (/data/rankings-YYYY-MM.xlsx) in LibreOffice', () => {
  const sample = loadData({ root: SAMPLE, currentPeriod: '2026-11' });
  const board = scoreBoard(sample.model!);
  const period = board.periods.at(-1)!;
  const dir = join(work, 'rankings');

  sharedSetup(async () => {
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'rankings.xlsx'), await rankingsWorkbook(board.model, period));
    // The last field (-1): every sheet to its own CSV file, named after the sheet.
    soffice(
      [
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        'rankings.xlsx',
      ],
      dir,
    );
  }, OFFICE_MS);

  it('opens, and shows every group and the city on a sheet of its own, each unit with its figures', () => {
    const sheets = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(sheets.length).toBe(period.groups.length + 1);
    for (const group of period.groups) {
      const csv = readFileSync(join(dir, `rankings-${group.group.name}.csv`), 'utf8');
      expect(csv, group.group.name).toContain(`排行榜·${group.group.name}`);
      for (const row of group.units) {
        // The unit's row, found by its code (the notice above the table may name a unit too).
        const line = csv.split('\n').find((l) => l.split(',').includes(row.unit));
        expect(line, row.name).toContain(row.name);
        // The first indicator's 1—N月累计 as LibreOffice shows it: the number, never text or an error.
        const cumulative = row.indicators[0].value;
        if (cumulative !== null)
          expect(
            line!.split(',').map((c) => c.replace(/"/g, '')),
            `${row.name}: ${line}`,
          ).toContain(String(cumulative));
      }
    }
  });
});
