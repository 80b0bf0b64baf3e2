/**
 * /data/README.txt: a plain-text guide to the downloads — the files (from the catalogue of
 * downloads), their format, and every CSV column with the formulas (from the catalogue of measures).
 * UTF-8 with BOM and CRLF, so old Notepad shows it right.
 */
import { indicatorOf } from '../schema/indicators.ts';
import { COLUMNS, MEASURES } from '../present/measures.ts';
import { illustrativeNoticeFor } from '../present/notice.ts';
import { boardRules, CARRIED_MARK, forReadme } from '../present/methodology-rules.ts';
import type { Board } from '../score/board.ts';
import { downloadKindsExplained, listDownloads } from './downloads.ts';
import { columnsFor, indicatorsOf, periodTable } from './table.ts';
import { provenance } from './method.ts';

/** Display width in a monospaced font: CJK characters take two columns. */
const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
const padTo = (text: string, columns: number) => text + ' '.repeat(Math.max(1, columns - width(text)));

/**
 * Which rows the observations and the triangles carry (the tenth thing an audit had to guess): said here,
 * beside the files, rather than on the methodology page.
 */
export const OBSERVATION_ROWS = [
  '全部观测值（observations.csv / .json）：每个已发布月份、每个单位、每项指标一行，包括作为上年同期的上一年各月；当月未报送的单位也有一行，数值为空（JSON 为 null）、状态为“未报送”；已报送但某项没有数字的（如无目标）不列该项。',
  '  一个数字每更正、修订一次，另起一行（类别为更正或修订，原因照录），旧行的被取代日期即新行的发布日期。核减不是观测值：核减后的累计就是该月报送的数值，核减额和原因在 corrections-YYYY 中。',
  '修订三角（triangle-YYYY…csv）：每行一个月份、每列一期发布，最后一列是现行数字；“修订说明”列写“<发布期>：<类别>：<原因>”（全市的三角在类别后注单位名），几条之间用“；”隔开；当月新增一块写“<发布期>：本月累计修订”或“上月累计修订”。',
];

export function readmeText(board: Board): string {
  const { model, periods } = board;
  const { rulesVersion, dataCommit } = provenance();
  const notice = illustrativeNoticeFor(model.site, periods);
  const first = periods[0];
  const last = periods.at(-1);
  const example = last ? periodTable(model, last).headers : columnsFor(model, []).map((c) => c.header);
  const downloads = listDownloads(board);
  const indicators = indicatorsOf(periods).map((id) => indicatorOf(model, id));
  const lines = [
    `${model.site.title} · 数据下载说明`,
    `发布：${model.site.publisher}`,
    `计算方法版本（rulesVersion）：${rulesVersion}（方法的改动及日期见网站“方法说明”和 method.json）；数据版本（dataCommit，生成这些文件的数据提交）：${dataCommit}`,
    ...(model.site.reuseTerms ? [`使用条款：${model.site.reuseTerms}`] : []),
    '',
    ...(notice
      ? [`【${notice}】`, '在数据换成真实统计之前，CSV 每一行的“说明”列和 JSON 的 notice 字段都带有这句提示。', '']
      : []),
    first && last
      ? `收录月份：${first.period} 至 ${last.period}，共 ${periods.length} 个月（只含已公布的月份）。`
      : '暂无已公布的月份。',
    '',
    '一、文件',
    ...downloadKindsExplained(board).map((k) => `  ${padTo(k.names, 35)}${k.about}`),
    // Made at build time from the pages (the 通报 printed by Chromium, the charts' numbers from their views).
    ...(periods.length
      ? [
          `  ${padTo('bulletin-YYYY-MM.pdf', 35)}某月的督查通报（A4，与网页版 /bulletins/YYYY-MM/ 相同，含文号、抄送、印发），共 ${periods.length} 个`,
          `  ${padTo('charts/<图>.csv', 35)}网站上每幅图自己的数字（每条线一列）；图片见 /images/charts/<图>.png 和 .svg，与 CSV 同名`,
        ]
      : []),
    `  以上表格共 ${downloads.length} 个文件（另有本说明、督查通报 PDF 和图的数字）。`,
    '',
    '二、格式',
    '  CSV：UTF-8（带 BOM，Excel 可直接打开中文），CRLF 换行，含逗号、引号或换行的单元格加英文双引号。',
    '  排名类 CSV（rankings-…、unit-…）列相同，可直接上下拼接；台账类文件各有其列，金额单位写在列名里。以 =、+、-、@ 开头的文字前加了单引号，防止被当作公式。',
    '  数字不带千位分隔符；金额按指标规定的小数位，百分比和百分点保留一位小数。',
    '  空白单元格 = 无数值（无目标、未报送、无上年同期），不是 0。',
    '  JSON：UTF-8，缺失的数值为 null（不是 0）；各字段含义见文件中的 fields。',
    `  合计（全市、各组）：rankings-YYYY-MM.json 的 city 和 groups.*.total，以及 totals-YYYY-MM.csv（排名类 CSV 只有单位行）。含未报送单位数字的合计，JSON 的 carried 列出单位、数字和所报月份，CSV 的“${CARRIED_MARK}”列逐个写明。组合计每项指标只计有该项目标的单位，对照其确保目标之和。`,
    '  未四舍五入的数：JSON 在决定位次、色带或考核结果的每个四舍五入的数旁给出未四舍五入的数（scoreUnrounded、scoreGapUnrounded、completionUnrounded），显示为 0.0 的差距可由此看出落在哪一边。',
    '  每个 JSON 都写明计算方法版本（rulesVersion）和数据版本（dataCommit）；SHA256SUMS（sha256sum -c 可核对）列出本文件夹和每个 releases/YYYY-MM/ 文件夹中每个文件的 SHA-256。',
    ...OBSERVATION_ROWS.map((line) => `  ${line}`),
    '  发布后改过的数字（更正、修订）：CSV 的“<指标>已修订”列为“是”；JSON 的 revised 为 true，revisions 列出日期、类别、原数、新数和原因。',
    '',
    '三、CSV 列',
    ...example.map((h) => `  ${h}`),
    '',
    '  位次：组内名次，并列者同一位次、其后顺延（1、2、2、4）；未参加排名的单位位次为空。',
    '  并列：是 / 否。较上月：进位 N / 退位 N / 持平，上月或本月无位次时为空。',
    '  状态：已报送 / 未报送 / 无目标（已报送但无可排名的目标）。',
    '  序时进度 = 已过月数 ÷ 12。',
    ...COLUMNS.csv.flatMap(({ measure }) => MEASURES[measure].formula ?? []).map((formula) => `  ${formula}。`),
    ...(indicators.length ? [`  指标及金额单位：${indicators.map((i) => `${i.name}（${i.unit}）`).join('，')}。`] : []),
    ...(last ? [`  排名规则（${last.year}年）：${last.plan.ranking.tieRule}`] : []),
    '',
    ...(last
      ? [
          `四、计算细则（${last.year}年，与网站“方法说明”相同）`,
          ...boardRules(model, last.plan).map((rule, i) => `  ${i + 1}. ${forReadme(rule)}`),
          '',
        ]
      : []),
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
