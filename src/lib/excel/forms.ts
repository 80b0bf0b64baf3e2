/** The month's forms as files: one per active unit, and the phone workbook. */
import type { Model } from '../model/model.ts';
import { parsePeriod, type Period } from '../schema/period.ts';
import { t } from '../messages/index.ts';
import { activeUnits, formLayout } from './layout.ts';
import { phoneWorkbookXlsx, unitFormXlsx } from './write-form.ts';

export interface FormFile {
  name: string;
  bytes: Buffer;
}

/** 报送表-2006-02-大中镇.xlsx: the month first, so a folder of several months sorts by month. */
export const unitFormName = (period: string, unitName: string) => `报送表-${period}-${unitName}.xlsx`;
export const phoneFormName = (period: string) => `电话记录-${period}-全部单位.xlsx`;

export async function formsFor(
  model: Model,
  period: Period,
  options: { when: Date },
): Promise<{ ok: true; files: FormFile[] } | { ok: false; reason: string }> {
  const { year } = parsePeriod(period);
  if (!model.plans.some((p) => p.year === year)) return { ok: false, reason: t('excel.forms.noPlan', { year }) };
  if (model.reports.some((r) => r.period === period && r.status === 'published'))
    return { ok: false, reason: t('excel.forms.published', { period }) };
  const files: FormFile[] = [];
  for (const unit of activeUnits(model, period))
    files.push({
      name: unitFormName(period, unit.name),
      bytes: await unitFormXlsx(formLayout(model, period, unit), options),
    });
  files.push({ name: phoneFormName(period), bytes: await phoneWorkbookXlsx(model, period, options) });
  return { ok: true, files };
}
