/**
 * `npm run bench:excel`: the Excel 报送表 at the scale of a big board — forms for 300 units, the
 * import of 300 filled forms in one go (read + merge + validate), and a zip bomb refused. Prints
 * figures; it is not a timed test. Targets: < 10 s, < 3 s, < 1 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formsFor } from '../src/lib/excel/forms.ts';
import { importForms } from '../src/lib/excel/import.ts';
import { readForm } from '../src/lib/excel/read-form.ts';
import { dataLoader } from '../src/lib/model/load.ts';
import { periodOf } from '../src/lib/schema/period.ts';
import { editForm, fill } from '../test/support/fill-form.ts';
import { handMadeZip } from '../test/support/zip.ts';
import { writeBenchBoard } from './bench-board.ts';
import { defineCommand } from './cli.ts';

const UNITS = 300;
export const benchExcel = defineCommand({
  name: 'bench-excel',
  audience: 'developer',
  npmScript: 'bench:excel',
  help: 'cli.benchExcel.help',
  async run() {
    const root = mkdtempSync(join(tmpdir(), 'bench-excel-'));
    writeBenchBoard(root, { years: 2, units: UNITS, firstYear: 2011 });
    for (let m = 2; m <= 12; m++)
      rmSync(join(root, 'data', 'reports', '2012', `2012-${String(m).padStart(2, '0')}.yaml`));
    const currentPeriod = '2012-03';
    const load = dataLoader({ root, currentPeriod });
    const { model, issues } = load();
    if (!model) throw new Error(issues.map((i) => `${i.file} ${i.expected} ${i.got}`).join('\n'));
    const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

    let t0 = performance.now();
    const made = await formsFor(model, periodOf(2012, 2), { when: new Date() });
    if (!made.ok) throw new Error(made.reason);
    console.log(`forms for ${UNITS} units (+ phone workbook): ${seconds(t0)} s (target < 10 s)`);

    const unitForms = made.files.filter((f) => f.name.startsWith('报送表'));
    const filled = await Promise.all(
      unitForms.map(async (f, i) => ({
        file: f.name,
        bytes: await editForm(
          f.bytes,
          fill({ G5: 60 + i, G6: 25 + (i % 9), G9: '填表人', C7: i % 10 ? null : '备注' }),
        ),
      })),
    );

    t0 = performance.now();
    const readings = filled.map((f) => readForm(model, f.file, f.bytes));
    const readTime = seconds(t0);
    const result = importForms(readings, {
      model,
      dataDir: 'data',
      now: new Date(),
      validate: (file, text) => load(new Map([[file, Buffer.from(text)]])).issues,
    });
    if (!result.ok) throw new Error(result.fatal);
    console.log(
      `import of ${filled.length} filled forms: ${seconds(t0)} s (reading ${readTime} s; ${result.taken.length} taken, ` +
        `${result.refused.length} refused) (target < 3 s)`,
    );

    // A zip bomb: 200 MB of zeros declared in an .xlsx of about 200 KB.
    const data = Buffer.alloc(200_000_000);
    const bomb = handMadeZip([{ name: 'xl/worksheets/sheet1.xml', data }]);
    const heap = process.memoryUsage().rss;
    t0 = performance.now();
    const refused = readForm(model, 'bomb.xlsx', bomb);
    console.log(
      `zip bomb (${(bomb.length / 1e3).toFixed(0)} KB declaring ${data.length / 1e6} MB) refused: ${seconds(t0)} s, ` +
        `memory +${((process.memoryUsage().rss - heap) / 1e6).toFixed(0)} MB — ${refused.problems[0]?.code} (target < 1 s)`,
    );
    rmSync(root, { recursive: true, force: true });
  },
});
