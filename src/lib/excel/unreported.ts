/**
 * 未报送 for the units whose form has not come in (未收到), written into the draft only when the clerk
 * asks (`npm run month -- 2006-01 --mark-unreported`): their blank figures are removed and
 * `status: 未报送` set, with the yaml Document API so comments and hand-typed figures stay. A unit
 * whose form came in but was refused (收到但未导入) is not touched: its form is to be sent again.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Model } from '../model/model.ts';
import { UNIT_STATUS } from '../schema/report.ts';
import type { Unit } from '../schema/units.ts';
import { receiptStatus } from './status.ts';

/** The units still 未收到 in a month (none when the month has no report yet). */
export const unreceived = (model: Model, period: string): Unit[] => receiptStatus(model, period).missing;

/** The draft's text with 未报送 written for the given units. */
export function markUnreported(text: string, units: Unit[]): string {
  const doc = parseDocument(text);
  const list = doc.get('units');
  if (!isSeq(list)) throw new Error('report without a units list');
  const ids = new Set<string>(units.map((u) => u.id));
  for (const item of list.items) {
    if (!isMap(item) || !ids.has(String(item.get('unit')))) continue;
    const entry = item;
    for (const pair of [...entry.items]) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (key !== 'unit' && key !== 'remark' && key !== 'status') entry.delete(key);
    }
    entry.set('status', UNIT_STATUS.missing);
  }
  return doc.toString({ lineWidth: 0 });
}
