/**
 * Every download the site offers — its stable URL, label and body — plus the README.txt that
 * explains them. The endpoints under src/pages/data/ and the 数据下载 page share this list.
 */
import type { Board } from './board.ts';
import { indicatorOf } from './model.ts';
import { columnsFor, CSV_CONTENT_TYPE, DEFAULT_NOTICE, illustrativeNotice, indicatorsOf, JSON_CONTENT_TYPE, periodsTable, periodTable, toCsv, unitTable } from './export-table.ts';
import { monthDocument, toJson, yearDocument } from './export-json.ts';
import { groupDataUrl, monthDataUrl, unitDataUrl, yearDataUrl } from './view-urls.ts';


/** The stable download URLs; pages link to these, the endpoints produce them. */
export const downloadHref = {
  readme: '/data/README.txt',
  month: monthDataUrl,
  monthGroup: groupDataUrl,
  year: yearDataUrl,
  unit: unitDataUrl,
};

// ── the list of downloads ─────────────────────────────────────────────────────────
export type DownloadKind = 'month' | 'month-group' | 'year' | 'unit';

export interface Download {
  kind: DownloadKind;
  format: 'csv' | 'json';
  href: string;
  /** The part of the file name the route fills in: `2005-03`, `2005-03-towns`, `2005`, `dazhong`. */
  param: string;
  /** A short Chinese description, e.g. 2005年3月 镇. */
  label: string;
  period?: string;
  year?: number;
  group?: string;
  unit?: string;
}

/** Every data file the site offers, in a stable order. The endpoints and the 数据下载 page share it. */
export function listDownloads(board: Board): Download[] {
  const { model, periods } = board;
  const out: Download[] = [];
  const years = [...new Set(periods.map((p) => p.year))];
  for (const year of years) {
    for (const format of ['csv', 'json'] as const) {
      out.push({ kind: 'year', format, href: downloadHref.year(year, format), param: String(year), label: `${year}年全年各月`, year });
    }
  }
  for (const p of periods) {
    const label = `${p.year}年${p.month}月`;
    for (const format of ['csv', 'json'] as const) {
      out.push({ kind: 'month', format, href: downloadHref.month(p.period, format), param: p.period, label: `${label} 全部组别`, period: p.period, year: p.year });
    }
    for (const g of p.groups) {
      out.push({
        kind: 'month-group', format: 'csv', href: downloadHref.monthGroup(p.period, g.group.id), param: `${p.period}-${g.group.id}`,
        label: `${label} ${g.group.name}`, period: p.period, year: p.year, group: g.group.id,
      });
    }
  }
  const scored = new Set(periods.flatMap((p) => p.groups.flatMap((g) => g.units.map((u) => u.unit))));
  for (const unit of model.units.filter((u) => scored.has(u.id))) {
    out.push({ kind: 'unit', format: 'csv', href: downloadHref.unit(unit.id), param: unit.id, label: `${unit.name} 逐月`, unit: unit.id });
  }
  return out;
}

/** The body of a download, as listed by listDownloads. */
export function downloadBody(board: Board, d: Download): string {
  const { model, periods } = board;
  switch (d.kind) {
    case 'year': {
      const months = periods.filter((p) => p.year === d.year);
      return d.format === 'csv' ? toCsv(periodsTable(model, months)) : toJson(yearDocument(model, d.year!, periods));
    }
    case 'month':
    case 'month-group': {
      const p = periods.find((x) => x.period === d.period)!;
      if (d.format === 'json') return toJson(monthDocument(model, p));
      return toCsv(periodTable(model, p, { group: d.group }));
    }
    case 'unit':
      return toCsv(unitTable(model, periods, d.unit!));
  }
}

export const contentTypeOf = (d: Pick<Download, 'format'>) => (d.format === 'csv' ? CSV_CONTENT_TYPE : JSON_CONTENT_TYPE);

// ── README.txt ────────────────────────────────────────────────────────────────────
/** A plain-text guide to the files (UTF-8 with BOM and CRLF, so old Notepad shows it right). */
export function readmeText(board: Board): string {
  const { model, periods } = board;
  const notice = periods.map((p) => illustrativeNotice(model, p)).find((n) => n !== null) ?? (model.site.illustrative ? (model.site.illustrativeNotice ?? DEFAULT_NOTICE) : null);
  const first = periods[0];
  const last = periods.at(-1);
  const example = last ? periodTable(model, last).headers : columnsFor(model, []).map((c) => c.header);
  const downloads = listDownloads(board);
  const indicators = indicatorsOf(periods).map((id) => indicatorOf(model, id));
  const lines = [
    `${model.site.title} · 数据下载说明`,
    `发布：${model.site.publisher}`,
    '',
    ...(notice ? [`【${notice}】`, '在数据换成真实统计之前，CSV 每一行的“说明”列和 JSON 的 notice 字段都带有这句提示。', ''] : []),
    first && last ? `收录月份：${first.period} 至 ${last.period}，共 ${periods.length} 个月（只含已公布的月份）。` : '暂无已公布的月份。',
    '',
    '一、文件',
    `  rankings-YYYY-MM.csv / .json       某月全部组别的排名（CSV 有“组别”列）`,
    `  rankings-YYYY-MM-<组别代码>.csv    某月一个组别的排名（组别代码：${model.groups.map((g) => `${g.id}=${g.name}`).join('，')}）`,
    `  rankings-YYYY.csv / .json          全年各月的排名（CSV 有“月份”列）`,
    `  unit-<单位代码>.csv                一个单位逐月的情况`,
    `  共 ${downloads.length} 个文件，另有本说明。`,
    '',
    '二、格式',
    '  CSV：UTF-8（带 BOM，Excel 可直接打开中文），CRLF 换行，含逗号、引号或换行的单元格加英文双引号。',
    '  所有 CSV 列相同，可直接上下拼接。以 =、+、-、@ 开头的文字前加了单引号，防止被当作公式。',
    '  数字不带千位分隔符；金额按指标规定的小数位，百分比和百分点保留一位小数。',
    '  空白单元格 = 无数值（无目标、未报送、无上年同期），不是 0。',
    '  JSON：UTF-8，缺失的数值为 null（不是 0）；各字段含义见文件中的 fields。',
    '',
    '三、CSV 列',
    ...example.map((h) => `  ${h}`),
    '',
    '  位次：组内名次，并列者同一位次、其后顺延（1、2、2、4）；未参加排名的单位位次为空。',
    '  并列：是 / 否。较上月：进位 N / 退位 N / 持平，上月或本月无位次时为空。',
    '  状态：已报送 / 未报送 / 无目标（已报送但无可排名的目标）。',
    '  完成率 = 1—N月累计 ÷ 确保目标。序时进度 = 已过月数 ÷ 12。超欠序时进度 = 完成率 − 序时进度（百分点，负数为欠）。',
    '  同比 = 本年累计 ÷ 上年同期累计 − 1。尚需完成 = 确保目标 − 累计（不小于 0）。',
    ...(indicators.length ? [`  指标及金额单位：${indicators.map((i) => `${i.name}（${i.unit}）`).join('，')}。`] : []),
    ...(last ? [`  排名规则（${last.year}年）：${last.plan.ranking.tieRule}`] : []),
    '',
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
