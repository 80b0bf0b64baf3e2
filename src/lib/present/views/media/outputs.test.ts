import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../model/load.ts';
import { scoreBoard } from '../../../score/board.ts';
import { assessmentModel } from '../../../../../test/support/assessment-models.ts';
import { report } from '../../../../../test/support/models.ts';
import { assessAll } from '../../../score/assessment.ts';
import { bulletinIssueSchema } from '../../../schema/site.ts';
import { bulletinIssue, bulletinView } from './bulletin.ts';
import { compactTable } from './compact.ts';
import { embedCode } from './embed.ts';
import { previewCards, previewImageFor } from './preview.ts';
import {
  fitName,
  FRAME,
  NAME_COLUMNS,
  nameColumn,
  ROWS_PER_SLIDE,
  SLIDE_LAYOUT,
  SLIDE_NAME_EMS,
  splitRows,
  partsHeight,
  textEms,
} from './slide-layout.ts';
import { slidesView } from './slides.ts';

const fixture = (name: string) => join(import.meta.dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', name);
const { model } = loadData({ root: fixture('minimal'), currentPeriod: '2026-11' });
const board = scoreBoard(model!);
const march = board.periods.find((p) => p.period === '2005-03')!;
/** The shipped data's last month: 两区 (2), the 14 towns, 部门 (5). */
const shipped = scoreBoard(loadData({ root: join(import.meta.dirname, '..', '..', '..', '..', '..') }).model!);
const latest = shipped.periods.at(-1)!;
// Five indicators and six groups (test/fixtures/wide): the board a compact layout must still hold.
const wide = scoreBoard(loadData({ root: fixture('wide'), currentPeriod: '2024-04' }).model!);
const wideMarch = wide.periods.at(-1)!;

describe('the month in other forms', () => {
  it("names a quarterly check's 红榜 and 黑榜 in the month the plan assesses", () => {
    const jan = report('2005-01', {
      t1: { c: 10, a: 4 },
      t2: { c: 9, a: 3 },
      t3: { c: 1 },
      t4: { c: 2, a: 1 },
      t5: { c: 8, a: 2 },
      d1: { c: 1 },
    });
    const feb = report('2005-02', {
      t1: { c: 20, a: 8 },
      t2: { c: 18, a: 7 },
      t3: { c: 2 },
      t4: { c: 3, a: 1 },
      t5: { c: 15, a: 5 },
      d1: { c: 2 },
    });
    const mar = report('2005-03', {
      t1: { c: 30, a: 12 },
      t2: { c: 28, a: 11 },
      t3: { c: 3 },
      t4: { c: 5, a: 2 },
      t5: { c: 26, a: 10 },
      d1: { c: 3 },
    });
    const assessed = scoreBoard(assessmentModel([jan, feb, mar]));
    const view = bulletinView(assessed, assessed.periods.at(-1)!);
    const q1 = assessAll(assessed).find((a) => a.check.id === 'q1')!;
    expect(view.commended!.label).toBe('一季度考评红榜');
    expect(view.warned!.label).toBe('一季度考评黑榜');
    const towns = q1.groups.find((g) => g.group.id === 'towns')!;
    expect(view.commended!.mentions.find((m) => m.group === towns.group.name)?.units).toEqual(
      towns.honour.map((u) => u.name),
    );
    expect(view.warned!.mentions.find((m) => m.group === towns.group.name)?.units).toEqual(
      towns.warned.map((u) => u.name),
    );
    expect(towns.honour.length).toBeGreaterThan(0);
  });

  it('commends the units in the top band and warns those in the bottom band, by group, ranked units only', () => {
    const view = bulletinView(board, march);
    const top = march.plan.bands[0];
    const bottom = march.plan.bands.at(-1)!;
    for (const group of march.groups) {
      const commended = view.commended!.mentions.find((m) => m.group === group.group.name)?.units ?? [];
      const warned = view.warned!.mentions.find((m) => m.group === group.group.name)?.units ?? [];
      expect(commended).toEqual(
        group.units.filter((u) => u.state === 'ranked' && u.band?.id === top.id).map((u) => u.name),
      );
      expect(warned).toEqual(
        group.units.filter((u) => u.state === 'ranked' && u.band?.id === bottom.id).map((u) => u.name),
      );
    }
    expect(view.number).toBe('2005年第3期');
    expect(view.title).toBe(`关于2005年1—3月${model!.site.subject}目标任务完成情况的通报`);
  });

  it('gives a 未报送 row its word and dashes, never figures', () => {
    const table = compactTable(model!, march, march.groups[0]);
    expect(table.rows.every((r) => r.cells.length === table.columns.length)).toBe(true);
    for (const row of table.rows.filter((r) => r.state === 'missing'))
      expect(row.cells.slice(2, -1).every((c) => c === '未报送' || c === '—')).toBe(true);
  });

  it('shows each indicator’s 累计 and 完成率 up to three indicators, and only 完成率 beyond (the columns would not fit)', () => {
    const two = compactTable(model!, march, march.groups[0]);
    expect(two.columns.map((c) => c.heading)).toEqual([
      '位次',
      '单位',
      '综合完成率',
      '超/欠序时',
      '合同外资',
      '合同外资完成率',
      '实际外资',
      '实际外资完成率',
      '较上月',
    ]);
    const five = compactTable(wide.model, wideMarch, wideMarch.groups[0]);
    expect(five.columns.map((c) => c.heading)).toEqual([
      '位次',
      '单位',
      '综合完成率',
      '超/欠序时',
      ...['合同利用外资', '实际利用外资', '外贸出口', '引进内资', '新开工项目'].map((n) => `${n}完成率`),
      '较上月',
    ]);
    expect(five.rows.every((r) => r.cells.length === five.columns.length)).toBe(true);
    // A narrow column breaks its heading between words, never inside one.
    expect(two.columns.map((c) => c.words.heading.join(''))).toEqual(two.columns.map((c) => c.heading));
    expect(two.columns.find((c) => c.heading === '合同外资完成率')!.words.heading).toEqual(['合同外资', '完成率']);
    expect(two.columns.find((c) => c.heading === '合同外资')!.words.sub).toEqual(['1—3月累计', '（万美元）']);
    expect(five.note).toBe('各指标列为完成率（累计数见排行榜页）；按综合完成率排名');
  });

  it('keeps the city’s figures and the group sentences on one summary slide when they fit', () => {
    const [summary, next] = slidesView(board, march).slides;
    expect(summary).toMatchObject({ kind: 'summary', id: 'summary', figureColumns: 2 });
    expect(summary.kind === 'summary' && [summary.figures.length, summary.groups.length]).toEqual([
      2,
      march.groups.length,
    ]);
    expect(next.kind).toBe('group');
  });

  it('shows a unit’s name on a slide whole up to nine characters, and a longer one cut with …', () => {
    expect(fitName('大中镇')).toBe('大中镇');
    expect(fitName('单位名称30号')).toBe('单位名称30号');
    expect(fitName('江苏省大丰市经济技术开发区管理委员会')).toBe('江苏省大丰市经济…');
    expect(textEms(fitName('江苏省大丰市经济技术开发区管理委员会'))).toBeLessThanOrEqual(SLIDE_NAME_EMS);
  });

  it('makes a slide’s 单位 column the narrowest width that holds its longest name, each width a class of the stylesheet', () => {
    expect(nameColumn(['大中镇', '开发区'])).toBe(14);
    expect(nameColumn(['单位名称30号'])).toBe(18);
    expect(nameColumn([fitName('江苏省大丰市经济技术开发区管理委员会')])).toBe(22);
    const css = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'styles', 'slides.css'), 'utf8');
    for (const width of NAME_COLUMNS)
      expect(css).toContain(`.slide-table.name-${width} thead th:nth-child(2) {\n  width: ${width}%;`);
  });

  it('puts five figures in rows of three and the six group sentences on a slide of their own', () => {
    const slides = slidesView(wide, wideMarch).slides.filter((s) => s.kind === 'summary');
    expect(slides.map((s) => [s.id, s.figures.length, s.groups.length, s.figureColumns])).toEqual([
      ['summary', 5, 0, 3],
      ['summary-2', 0, 6, 3],
    ]);
    expect(slides[1].title).toBe('2024年1—3月招商引资排行榜（各组概况）');
  });

  it('shares a long group’s rows evenly over as few slides as fit (14 at 10 a slide → 7 + 7)', () => {
    const rows = Array.from({ length: 14 }, (_, i) => i);
    expect(splitRows(rows, 10).map((r) => r.length)).toEqual([7, 7]);
    expect(splitRows(rows.slice(0, 10), 10).map((r) => r.length)).toEqual([10]);
    expect(splitRows([], 10)).toEqual([[]]);
  });

  it('puts a group longer than a slide’s rows on one slide in two columns (the 14 towns: 7 + 7) of 位次, 单位, the score and 超/欠序时', () => {
    const view = slidesView(shipped, latest);
    const long = latest.groups.find((g) => g.units.length > ROWS_PER_SLIDE)!;
    const slides = view.slides.filter((s) => s.kind === 'group' && s.parts.some((p) => p.heading === long.group.name));
    expect(slides).toHaveLength(1);
    const [slide] = slides;
    expect(slide.kind === 'group' && slide.layout).toBe('columns');
    if (slide.kind !== 'group') return;
    expect(slide.parts.map((p) => p.table.rows.length)).toEqual([7, 7]);
    expect(slide.parts[0].table.columns.map((c) => c.heading)).toEqual(['位次', '单位', '综合完成率', '超/欠序时']);
    expect(slide.parts.flatMap((p) => p.table.rows.map((r) => r.unit))).toEqual(
      compactTable(shipped.model, latest, long).rows.map((r) => r.unit),
    );
  });

  it('lets small groups share a slide when their tables fit the frame together (两区 and 部门)', () => {
    const view = slidesView(shipped, latest);
    const shared = view.slides.filter((s) => s.kind === 'group' && s.layout === 'stack');
    expect(shared).toHaveLength(1);
    const [slide] = shared;
    if (slide.kind !== 'group') return;
    const small = latest.groups.filter((g) => g.units.length <= ROWS_PER_SLIDE);
    expect(slide.parts.map((p) => p.heading)).toEqual(small.map((g) => g.group.name));
    expect(partsHeight(slide.parts.map((p) => p.table.rows.length))).toBeLessThanOrEqual(
      FRAME.safe.height - SLIDE_LAYOUT.head - SLIDE_LAYOUT.foot,
    );
    expect(slide.title).toBe(`${small.map((g) => g.group.name).join('、')} · ${shipped.model.site.subject}排行榜`);
  });

  it('splits a group longer than two columns over as few slides as hold it, two columns each, rows shared evenly', () => {
    expect(
      splitRows(
        Array.from({ length: 30 }, (_, i) => i),
        2 * ROWS_PER_SLIDE,
      ).map((r) => r.length),
    ).toEqual([15, 15]);
    const wideView = slidesView(wide, wideMarch);
    for (const s of wideView.slides)
      if (s.kind === 'group' && s.layout === 'columns')
        for (const p of s.parts) expect(p.table.rows.length).toBeLessThanOrEqual(ROWS_PER_SLIDE);
  });

  it('fits a slide’s rows of at least 40 px inside the graphics-safe area', () => {
    expect(SLIDE_LAYOUT.row).toBeGreaterThanOrEqual(40);
    expect(
      SLIDE_LAYOUT.head + SLIDE_LAYOUT.tableHead + ROWS_PER_SLIDE * SLIDE_LAYOUT.row + SLIDE_LAYOUT.foot,
    ).toBeLessThanOrEqual(FRAME.safe.height);
    const view = slidesView(board, march);
    expect(view.slides[0].kind).toBe('summary');
    for (const s of view.slides)
      if (s.kind === 'group') for (const p of s.parts) expect(p.table.rows.length).toBeLessThanOrEqual(ROWS_PER_SLIDE);
    const units = march.groups.reduce((n, g) => n + g.units.length, 0);
    expect(view.slides.flatMap((s) => (s.kind === 'group' ? s.parts.flatMap((p) => p.table.rows) : [])).length).toBe(
      units,
    );
  });

  it('writes an embed code with the absolute address of the group’s embed page', () => {
    const code = embedCode(board, march, march.groups[0], 'https://example.org/');
    expect(code).toMatch(
      new RegExp(
        `^<iframe src="https://example.org/embed/2005-03/${march.groups[0].group.id}/" title="[^"]+" width="100%" height="\\d+"`,
      ),
    );
  });

  it('previews each ranking and unit page with its own image and other pages with the site’s', () => {
    const cards = previewCards(board);
    expect(previewImageFor(cards, '/rankings/2005-03/')).toBe('/images/preview/rankings-2005-03.png');
    expect(previewImageFor(cards, `/units/${model!.units[0].id}/`)).toBe(
      `/images/preview/units-${model!.units[0].id}.png`,
    );
    expect(previewImageFor(cards, '/methodology/')).toBe('/images/preview/site.png');
  });
});

describe('the 督查通报 as issued', () => {
  const issued = (site: object, reportBulletin?: object) => {
    const withIssue = {
      ...board,
      model: { ...board.model, site: { ...board.model.site, ...site } },
    } as typeof board;
    const period = { ...march, report: { ...march.report, ...(reportBulletin ? { bulletin: reportBulletin } : {}) } };
    return bulletinIssue(withIssue, period);
  };
  const block = { code: '大督通', copyTo: '市委常委，各区、镇', printedBy: '中共大丰市委督查室', illustrative: true };

  it('numbers the 文号 机关代字〔年〕月, and 印发 on the publication date, from site.yaml', () => {
    expect(issued({ bulletin: block })).toMatchObject({
      docNumber: '大督通〔2005〕3号',
      copyTo: '市委常委，各区、镇',
      printedBy: '中共大丰市委督查室',
      printedOnIso: march.report.publishedOn,
      illustrative: true,
    });
  });

  it('takes the month’s own number and 印发 date where its report sets them', () => {
    expect(issued({ bulletin: block }, { number: 7, printedOn: '2005-04-09' })).toMatchObject({
      docNumber: '大督通〔2005〕7号',
      printedOn: '2005年4月9日',
    });
  });

  it('prints no 文号 or 版记 lines without site.yaml’s bulletin block', () => {
    expect(issued({ bulletin: undefined })).toBeNull();
  });

  it('refuses a 机关代字 written with its brackets or year, saying how to write it', () => {
    const parsed = bulletinIssueSchema.safeParse({ code: '大督通〔2005〕', printedBy: '督查室' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].message).toContain('机关代字');
  });
});
