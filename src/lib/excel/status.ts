/**
 * `npm run status -- 2006-02`: each unit in one of three states, by group: 已导入 (its form's figures
 * are in the draft, or figures typed by hand), 收到但未导入 (a form came in and was refused: why), 未收到.
 */
import { formatPeriod } from '../present/format.ts';
import type { Model } from '../model/model.ts';
import { t } from '../messages/index.ts';
import { activeUnits } from './layout.ts';
import { UNIT_STATUS } from '../schema/report.ts';

/** The receipts of a month, unit by unit: those in, those still out. */
export function receiptStatus(model: Model, period: string) {
  const report = model.reports.find((r) => r.period === period);
  const units = activeUnits(model, period);
  const receipts = new Map((report?.receipts ?? []).map((r) => [r.unit, r]));
  const byHand = new Set(
    (report?.entries ?? []).filter((e) => Object.keys(e.values).length > 0 && !receipts.has(e.unit)).map((e) => e.unit),
  );
  const refused = (id: string) => receipts.get(id)?.refused !== undefined;
  return {
    report,
    units,
    received: units
      .filter((u) => receipts.has(u.id) && !refused(u.id))
      .map((u) => ({ unit: u, receipt: receipts.get(u.id)! })),
    byHand: units.filter((u) => byHand.has(u.id) && !receipts.has(u.id)),
    refused: units
      .filter((u) => refused(u.id) && !byHand.has(u.id))
      .map((u) => ({ unit: u, receipt: receipts.get(u.id)! })),
    missing: units.filter((u) => !receipts.has(u.id) && !byHand.has(u.id)),
  };
}

export function statusLines(model: Model, period: string): string[] {
  const { report, units, received, byHand, refused, missing } = receiptStatus(model, period);
  const periodLabel = formatPeriod(period);
  if (!report) return [t('excel.status.noReport', { periodLabel })];
  const lines = [
    t('excel.status.heading', {
      periodLabel,
      status: t(report.status === 'draft' ? 'excel.status.draft' : 'excel.status.publishedState'),
      received: received.length + byHand.length,
      refused: refused.length,
      missing: missing.length,
      total: units.length,
    }),
  ];
  for (const group of model.groups) {
    const inGroup = (id: string) => units.some((u) => u.id === id && u.group === group.id);
    const got = received.filter((r) => inGroup(r.unit.id));
    const hand = byHand.filter((u) => inGroup(u.id));
    const out = missing.filter((u) => inGroup(u.id));
    const bad = refused.filter((r) => inGroup(r.unit.id));
    if (got.length + hand.length + bad.length + out.length === 0) continue;
    lines.push('', `${group.name}`);
    for (const { unit, receipt } of got)
      lines.push(
        `  ${t('excel.status.received')} ${t('excel.status.line', {
          unit: unit.name,
          file: receipt.fromFile,
          filledBy: receipt.filledBy ?? t('excel.import.none'),
          sentOn: receipt.sentOn ?? t('excel.import.none'),
          importedAt: receipt.importedAt.slice(0, 16).replace('T', ' '),
        }).trim()}`,
      );
    for (const unit of hand)
      lines.push(`  ${t('excel.status.received')} ${t('excel.status.byHand', { unit: unit.name }).trim()}`);
    for (const { unit, receipt } of bad)
      lines.push(
        `  ${t('excel.status.refused')} ${t('excel.status.refusedLine', { unit: unit.name, file: receipt.fromFile, reason: receipt.refused! })}`,
      );
    // A unit already written 未报送 (npm run month -- --mark-unreported) says so: nothing is left to do for it.
    const marked = (id: string) =>
      report.entries.some((e) => e.unit === id && e.status === UNIT_STATUS.missing) ? t('excel.status.marked') : '';
    if (out.length > 0)
      lines.push(`  ${t('excel.status.missing')} ${out.map((u) => `${u.name}${marked(u.id)}`).join('、')}`);
  }
  return lines;
}
