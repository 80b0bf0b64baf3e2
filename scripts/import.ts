/**
 * `npm run import -- <files or folders> [--period 2006-02]`: reads filled 报送表 (.xlsx, .xls, .et),
 * writes or updates that month's report as a draft, and prints one report in Chinese: which file
 * became which unit, which units have not been received, and every problem at its form's cell.
 * A refused file changes nothing in data/; a published month is never touched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { draftFile, importForms, majorityPeriod, monthInProgress } from '../src/lib/excel/import.ts';
import { readFormsIsolated } from '../src/lib/excel/isolated.ts';
import { listOf, t } from '../src/lib/messages/index.ts';
import { formatPeriod } from '../src/lib/present/format.ts';
import { dataLoader } from '../src/lib/model/load.ts';
import { dataProblem, defineCommand, EXIT, modelOr, usageError } from './cli.ts';

const FORM_FILE = /\.(xlsx|xls|et|xlsm)$/i;

/** The files named, and the spreadsheets inside the folders named (not their subfolders' lock files). */
function filesOf(paths: string[]): string[] {
  return paths.flatMap((p) => {
    // A missing path, a link, a device: openForm says what it is.
    if (!existsSync(p) || !statSync(p).isDirectory()) return [p];
    return readdirSync(p)
      .filter((n) => FORM_FILE.test(n) && !n.startsWith('~$') && !n.startsWith('.~lock'))
      .sort()
      .map((n) => join(p, n));
  });
}

export const importCommand = defineCommand({
  name: 'import',
  audience: 'clerk',
  help: 'cli.import.help',
  positionals: true,
  options: { period: { type: 'string' }, root: { type: 'string' } },
  async run({ values, positionals }) {
    if (positionals.length === 0) usageError(t('excel.import.usage'));
    const root = values.root ?? process.cwd();
    const dataDir = 'data';
    const started = performance.now();
    const load = dataLoader({ root, dataDir });
    const model = modelOr(load(), 'excel.import.fixData');
    const files = filesOf(positionals);
    if (files.length === 0) dataProblem(t('excel.import.noFiles', { paths: positionals.join(' ') }));
    // Each file read in a worker with a time and memory limit: a damaged file is refused, the rest go on.
    const readings = await readFormsIsolated(
      model,
      files.map((path) => ({ file: basename(path), path })),
    );
    const period = values.period ?? majorityPeriod(readings) ?? monthInProgress(model);
    const target = period && join(root, draftFile(dataDir, period));
    // The draft as it is on disk is the base, so figures typed into it by hand are kept.
    const existing = target && existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    const final = importForms(readings, {
      model,
      period,
      dataDir,
      existing,
      now: new Date(),
      validate: (file, text) => load(new Map([[file, Buffer.from(text)]])).issues,
    });
    if (!final.ok) dataProblem(final.fatal);
    const out: string[] = [
      t('excel.import.heading', { periodLabel: formatPeriod(final.period), file: final.file }),
      '',
    ];
    out.push(t('excel.import.imported', { count: final.taken.length }));
    for (const { reading, entry } of final.taken)
      out.push(
        t('excel.import.importedLine', {
          file: reading.file,
          unit: entry.unit.name,
          filledBy: entry.filledBy?.value ?? t('excel.import.none'),
          sentOn: entry.sentOn?.value ?? t('excel.import.none'),
        }),
      );
    if (final.refused.length > 0) {
      out.push('', t('excel.import.refused', { count: final.refused.length }));
      for (const r of final.refused)
        out.push(
          t('excel.import.refusedLine', {
            file: r.file,
            unit: r.unit ? ` → ${r.unit.name}` : t(r.read ? 'excel.import.unknown' : 'excel.import.unread'),
          }),
        );
    }
    out.push(
      '',
      final.notReceived.length > 0
        ? t('excel.import.notReceived', {
            count: final.notReceived.length,
            units: listOf(final.notReceived.map((u) => u.name)),
          })
        : t('excel.import.allReceived'),
    );
    if (final.lines.length > 0) {
      const errors = final.lines.filter((l) => l.severity === 'error').length;
      out.push(
        '',
        t('excel.import.problems', { count: final.lines.length, errors, warnings: final.lines.length - errors }),
      );
      for (const line of final.lines) out.push(`  ${line.text}`);
    }
    out.push('');
    if (final.text !== undefined) {
      mkdirSync(dirname(join(root, final.file)), { recursive: true });
      writeFileSync(join(root, final.file), final.text);
      out.push(t('excel.import.written', { file: final.file }));
    } else if (final.taken.length === 0) out.push(t('excel.import.nothingWritten'));
    console.log(out.join('\n'));
    if (process.env.EXCEL_TIMING) console.error(`${((performance.now() - started) / 1000).toFixed(2)} s`);
    return final.refused.length > 0 || final.text === undefined ? EXIT.data : EXIT.ok;
  },
});
