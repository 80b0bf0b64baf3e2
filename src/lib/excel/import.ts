/**
 * Filled 报送表 in, the month's draft out: every form read (read-form.ts), checked against the
 * others (one form per unit, all for the same month), merged into the month's report as a draft
 * (`status: draft`), and the result run through the project's own validator. A form with an error —
 * in a cell, or in what the validator says about its figures — is left out whole, so a refused file
 * changes nothing in data/; the validator's messages are shown at the form's cell the figure came from.
 * A published month is never touched: its figures change only through a revision.
 */
import { parseDocument, isMap, isSeq, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { formatPeriod } from '../present/format.ts';
import { type Model } from '../model/model.ts';
import { nextPeriod, parsePeriod } from '../schema/period.ts';
import { UNIT_STATUS } from '../schema/report.ts';
import type { Unit } from '../schema/units.ts';
import { issueBody } from '../validate/issues.ts';
import type { Issue } from '../read/issue.ts';
import { t } from '../messages/index.ts';
import { problem, problemParts, type FormProblem } from './cells.ts';
import { activeUnits, indicatorsOf } from './layout.ts';
import { blankReport } from '../drafts/blank-report.ts';
import type { FormEntry, FormReading } from './read-form.ts';

export interface ImportOptions {
  model: Model;
  /** The month to import; by default the month most of the forms are for. */
  period?: string;
  /** The draft's path as the validator names it: data/reports/2006/2006-02.yaml. */
  dataDir: string;
  /** The month's report file as it is now, if there is one. */
  existing?: string;
  /** When the forms are imported (recorded with each receipt). */
  now: Date;
  /** The whole data tree validated with the draft file replaced by this text. */
  validate: (file: string, text: string) => Issue[];
}

export interface Taken {
  reading: FormReading;
  entry: FormEntry;
}

/** One line of the report: a problem at a form's cell, or at the draft's line. */
export interface ImportLine {
  severity: 'error' | 'warning';
  /** The form it is about (the draft's file for a problem no form caused). */
  file: string;
  text: string;
}

export type ImportResult =
  | { ok: false; fatal: string }
  | {
      ok: true;
      period: string;
      file: string;
      /** The draft's new text, when at least one form was taken. */
      text?: string;
      taken: Taken[];
      /** Forms received but not imported; `read` is false for a file never parsed (missing, a device, damaged). */
      refused: Array<{ file: string; unit?: Unit; read?: boolean }>;
      notReceived: Unit[];
      lines: ImportLine[];
    };

const ISSUE_FIELD = /^(units|receipts)\[(\d+)\](?:\.([A-Za-z]+))?/;

/** Beijing time, as recorded with a receipt: 2006-03-03T10:15:00+08:00. */
export const beijingTime = (now: Date) => `${new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;

export const draftFile = (dataDir: string, period: string) =>
  `${dataDir}/reports/${parsePeriod(period).year}/${period}.yaml`;

/** The month's report with every active unit and no figures yet: what the forms fill in. */
const skeleton = (model: Model, period: string, today: string): string =>
  blankReport(model, {
    period,
    today,
    header: [`${formatPeriod(period)}${model.site.subject}完成情况（1—N月累计）：由报送表导入（npm run import），草稿`],
  });

export function majorityPeriod(readings: FormReading[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of readings) if (r.period) counts.set(r.period, (counts.get(r.period) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
}

/** The month being collected when no form says: the draft on file, else the month after the last one. */
export function monthInProgress(model: Model): string | undefined {
  const last = model.reports.at(-1);
  if (!last) return undefined;
  return last.status === 'draft' ? last.period : nextPeriod(last.period);
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** A form received but not imported, for a unit the form names: kept as a receipt with the reason. */
export interface RefusedReceipt {
  unit: string;
  fromFile: string;
  reason: string;
}

/** The draft with the taken forms written in, their reminders with their receipts, and the refused forms' reasons. */
function draftWith(
  model: Model,
  base: string,
  period: string,
  taken: Taken[],
  importedAt: string,
  notes: { reminders: Map<string, string[]>; refused: RefusedReceipt[] } = { reminders: new Map(), refused: [] },
): string {
  const doc: Document = parseDocument(base);
  const units = doc.get('units');
  if (!isSeq(units)) throw new Error('report without a units list');
  const { year } = parsePeriod(period);
  const indicators = indicatorsOf(model, year);
  for (const { reading, entry } of taken) {
    let item = units.items.find((i) => isMap(i) && i.get('unit') === entry.unit.id) as YAMLMap | undefined;
    if (!item) {
      item = doc.createNode({ unit: entry.unit.id });
      units.items.push(item);
    }
    if (item.get('status') === UNIT_STATUS.missing) item.delete('status');
    for (const indicator of indicators) {
      const figure = entry.figures[indicator.id];
      if (figure) item.set(indicator.id, round(figure.value, indicator.decimals));
    }
    // A form without a remark keeps one written in the draft by hand (已核实：…).
    if (entry.remark) item.set('remark', entry.remark.value);
    let receipts = doc.get('receipts');
    if (!isSeq(receipts)) {
      receipts = new YAMLSeq();
      doc.set('receipts', receipts);
    }
    const list = receipts as YAMLSeq;
    list.items = list.items.filter((r) => !(isMap(r) && r.get('unit') === entry.unit.id));
    const reminders = notes.reminders.get(entry.unit.id) ?? [];
    list.items.push(
      doc.createNode({
        unit: entry.unit.id,
        fromFile: reading.file,
        ...(entry.sentOn ? { sentOn: entry.sentOn.value } : {}),
        ...(entry.filledBy ? { filledBy: entry.filledBy.value } : {}),
        importedAt,
        ...(reminders.length > 0 ? { reminders } : {}),
      }),
    );
  }
  // A refused form is recorded only for a unit with no form imported: 收到但未导入, with the reason.
  for (const r of notes.refused) {
    let receipts = doc.get('receipts');
    if (!isSeq(receipts)) {
      receipts = new YAMLSeq();
      doc.set('receipts', receipts);
    }
    const list = receipts as YAMLSeq;
    const has = list.items.find((i) => isMap(i) && i.get('unit') === r.unit) as YAMLMap | undefined;
    if (has && !has.has('refused')) continue;
    list.items = list.items.filter((i) => !(isMap(i) && i.get('unit') === r.unit));
    list.items.push(doc.createNode({ unit: r.unit, fromFile: r.fromFile, importedAt, refused: r.reason }));
  }
  const receipts = doc.get('receipts');
  if (isSeq(receipts)) {
    const order = new Map<string, number>(model.units.map((u, i) => [u.id, i]));
    receipts.items.sort(
      (a, b) =>
        (order.get(String((a as YAMLMap).get('unit'))) ?? 1e9) - (order.get(String((b as YAMLMap).get('unit'))) ?? 1e9),
    );
    receipts.flow = false;
    // One line per receipt, unless it carries reminders (a list of sentences reads better in block style).
    for (const r of receipts.items) (r as YAMLMap).flow = !(r as YAMLMap).has('reminders');
  }
  return doc.toString({ lineWidth: 0 });
}

/** Which unit (and which of its fields) a validator issue on the draft is about. */
function issueTarget(text: string, issue: Issue): { unit: string; field?: string } | undefined {
  const m = ISSUE_FIELD.exec(issue.field);
  if (!m) return undefined;
  const list = parseDocument(text).get(m[1]);
  if (!isSeq(list)) return undefined;
  const item = list.items[Number(m[2])];
  const unit = isMap(item) ? item.get('unit') : undefined;
  return typeof unit === 'string' ? { unit, field: m[3] } : undefined;
}

/** `文件名 › 工作表!单元格 字段 应为：…；实际：…。建议：…` */
export function formatProblem(file: string, p: FormProblem): string {
  const place = p.sheet && p.cell ? `${file} › ${p.sheet}!${p.cell}` : file;
  const field = p.field ? ` ${p.field}` : '';
  return `${place}${field} ${issueBody({ severity: p.severity, ...problemParts(p) })}`;
}

/** A validator issue shown at the form's cell the figure came from. */
function issueAtCell(issue: Issue, taken: Taken, field: string | undefined, model: Model): string {
  const { entry, reading } = taken;
  const indicator = model.indicators.find((i) => i.id === field);
  const located =
    (indicator && entry.figures[indicator.id]) ||
    (field === 'remark' && entry.remark) ||
    (field === 'filledBy' && entry.filledBy) ||
    (field === 'sentOn' && entry.sentOn) ||
    undefined;
  const name = indicator
    ? t('excel.field.current', { indicator: indicator.name })
    : field === 'remark'
      ? t('excel.field.remark')
      : field === 'filledBy'
        ? t('excel.field.filledBy')
        : field === 'sentOn'
          ? t('excel.field.sentOn')
          : entry.unit.name;
  const place = located ? `${reading.file} › ${located.sheet}!${located.cell}` : reading.file;
  return `${place} ${name} ${issueBody(issue)}`;
}

export function importForms(readings: FormReading[], options: ImportOptions): ImportResult {
  const { model } = options;
  const period = options.period ?? majorityPeriod(readings) ?? monthInProgress(model);
  if (!period) return { ok: false, fatal: t('excel.import.noPeriod') };
  const { year } = parsePeriod(period);
  if (!model.plans.some((p) => p.year === year)) return { ok: false, fatal: t('excel.import.noPlan', { year }) };
  if (model.reports.some((r) => r.period === period && r.status === 'published'))
    return { ok: false, fatal: t('excel.import.published', { period }) };
  const file = draftFile(options.dataDir, period);
  const lines: ImportLine[] = [];
  const say = (severity: ImportLine['severity'], text: string, about = file) =>
    lines.push({ severity, text, file: about });
  const refused: Array<{ file: string; unit?: Unit; read?: boolean }> = [];

  // The file as a whole: unreadable, someone else's, another month.
  const candidates: Taken[] = [];
  for (const reading of readings) {
    // A form for another month fails every label that names the month: that one message says it all.
    if (reading.period && reading.period !== period)
      reading.problems = [
        ...reading.problems.filter((p) => p.severity === 'warning'),
        problem('error', 'read.otherPeriod', { expected: formatPeriod(period), got: formatPeriod(reading.period) }),
      ];
    for (const p of reading.problems) say(p.severity, formatProblem(reading.file, p), reading.file);
    if (reading.problems.some((p) => p.severity === 'error')) {
      refused.push({
        file: reading.file,
        unit: reading.unit ?? reading.entries[0]?.unit,
        read: reading.kind !== undefined,
      });
      continue;
    }
    for (const entry of reading.entries) candidates.push({ reading, entry });
  }
  // One form per unit: two are both left out (which one is right is for the clerk to say).
  const byUnit = new Map<string, Taken[]>();
  for (const c of candidates) byUnit.set(c.entry.unit.id, [...(byUnit.get(c.entry.unit.id) ?? []), c]);
  let taken: Taken[] = [];
  for (const [, list] of byUnit) {
    if (list.length > 1) {
      const files = list.map((c) => c.reading.file).join('、');
      for (const c of list) {
        say(
          'error',
          formatProblem(
            c.reading.file,
            problem('error', 'read.duplicate', { unit: c.entry.unit.name, count: list.length, files }),
          ),
          c.reading.file,
        );
        refused.push({ file: c.reading.file, unit: c.entry.unit });
      }
      continue;
    }
    const c = list[0]!; // a unit's list of readings is never empty
    for (const p of c.entry.problems) say(p.severity, formatProblem(c.reading.file, p), c.reading.file);
    if (c.entry.problems.some((p) => p.severity === 'error'))
      refused.push({ file: c.reading.file, unit: c.entry.unit });
    else taken.push(c);
  }

  // What the validator says about the draft with these forms in it; a form it finds an error in is left out.
  const existing = model.reports.find((r) => r.period === period);
  const today = beijingTime(options.now).slice(0, 10);
  const base = existing && options.existing !== undefined ? options.existing : skeleton(model, period, today);
  const importedAt = beijingTime(options.now);
  let text: string;
  let issues: Issue[];
  for (;;) {
    text = draftWith(model, base, period, taken, importedAt);
    issues = options.validate(file, text).filter((i) => i.file === file);
    const bad = new Set<string>();
    for (const issue of issues) {
      if (issue.severity !== 'error') continue;
      const target = issueTarget(text, issue);
      if (target && taken.some((c) => c.entry.unit.id === target.unit)) bad.add(target.unit);
    }
    if (bad.size === 0) break;
    for (const c of taken.filter((x) => bad.has(x.entry.unit.id))) {
      for (const issue of issues) {
        const target = issueTarget(text, issue);
        if (target?.unit === c.entry.unit.id && issue.severity === 'error')
          say('error', issueAtCell(issue, c, target.field, model), c.reading.file);
      }
      refused.push({ file: c.reading.file, unit: c.entry.unit });
    }
    taken = taken.filter((c) => !bad.has(c.entry.unit.id));
  }
  const takenUnits = new Set(taken.map((c) => c.entry.unit.id));
  // The reminders of each taken form, and why each refused form (of a unit not taken) was refused, go
  // into the draft's receipts: npm run status and the summary show them until the month is published.
  const reminders = new Map<string, string[]>();
  for (const c of taken) {
    const own = [...c.reading.problems, ...c.entry.problems].filter((p) => p.severity === 'warning');
    const found = [
      ...own.map((p) => formatProblem(c.reading.file, p)),
      ...issues
        .filter((i) => i.severity === 'warning' && issueTarget(text, i)?.unit === c.entry.unit.id)
        .map((i) => issueAtCell(i, c, issueTarget(text, i)!.field, model)),
    ];
    if (found.length > 0) reminders.set(c.entry.unit.id, found);
  }
  const refusedReceipts: RefusedReceipt[] = [];
  for (const r of refused) {
    if (!r.unit || takenUnits.has(r.unit.id) || refusedReceipts.some((x) => x.unit === r.unit!.id)) continue;
    const reason = lines.find((l) => l.file === r.file && l.severity === 'error');
    if (reason) refusedReceipts.push({ unit: r.unit.id, fromFile: r.file, reason: reason.text });
  }
  if (reminders.size > 0 || refusedReceipts.length > 0) {
    text = draftWith(model, base, period, taken, importedAt, { reminders, refused: refusedReceipts });
    issues = options.validate(file, text).filter((i) => i.file === file);
  }
  let draftRejected = false;
  for (const issue of issues) {
    const target = issueTarget(text, issue);
    const c = target && taken.find((x) => x.entry.unit.id === target.unit);
    if (c) say(issue.severity, issueAtCell(issue, c, target.field, model), c.reading.file);
    else if (issue.severity === 'error') {
      draftRejected = true;
      say('error', `${issue.file}:${issue.line}:${issue.col} ${issue.field} ${issueBody(issue)}`);
    }
  }
  // A draft the validator rejects is never written: npm run validate would then fail for the whole board.
  const anything = taken.length > 0 || refusedReceipts.length > 0;
  if (draftRejected && anything) say('error', t('excel.import.draftRejected', { file }));
  // A unit whose form came in but was refused is not 未收到: it is listed with its file instead.
  const received = new Set([
    ...takenUnits,
    ...refused.flatMap((r) => (r.unit ? [r.unit.id] : [])),
    ...(existing?.receipts ?? []).map((r) => r.unit),
  ]);
  refused.sort((a, b) => a.file.localeCompare(b.file, 'zh-CN'));
  const notReceived = activeUnits(model, period).filter((u) => !received.has(u.id));
  // Each file's problems together, files in name order (the report reads like the folder).
  lines.sort((a, b) => a.file.localeCompare(b.file, 'zh-CN'));
  return {
    ok: true,
    period,
    file,
    text: anything && !draftRejected ? text : undefined,
    taken,
    refused,
    notReceived,
    lines,
  };
}
