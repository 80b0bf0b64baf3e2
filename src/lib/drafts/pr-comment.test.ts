import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../model/load.ts';
import type { Revision } from '../schema/revisions.ts';
import { scoreBoard } from '../score/board.ts';
import { addedRevisions, prCommentMarkdown, revisionsSinceLastPublished } from './pr-comment.ts';
import { asIndicator, asPeriod, asUnit } from '../../../test/support/ids.ts';

const { model } = loadData({
  root: join(import.meta.dirname, '../../../test/fixtures/minimal'),
  currentPeriod: '2026-11',
});
/** March as filed, but 新丰镇 did not report and 裕华镇 copied February's figures. */
function march() {
  const feb = model!.reports.find((r) => r.period === '2005-02')!;
  const reports = model!.reports.map((r) =>
    r.period !== '2005-03'
      ? r
      : {
          ...r,
          entries: r.entries.map((e) =>
            e.unit === 'xinfeng'
              ? { ...e, status: '未报送' as const, values: {} }
              : e.unit === 'yuhua'
                ? { ...e, values: { ...feb.entries.find((f) => f.unit === 'yuhua')!.values } }
                : e,
          ),
        },
  );
  return scoreBoard({ ...model!, reports });
}
const section = (text: string, title: string) =>
  text
    .split('\n### ')
    .find((s) => s.startsWith(title))!
    .split('\n')
    .slice(1)
    .filter(Boolean);
const revision: Revision = {
  file: 'data/revisions/2005.yaml',
  date: '2005-04-20',
  period: asPeriod('2005-03'),
  unit: asUnit('dazhong'),
  indicator: asIndicator('contracted'),
  old: 200,
  new: 210,
  kind: '更正',
  reason: '录错',
};

describe('the pull-request summary', () => {
  const text = prCommentMarkdown(march(), { warnings: [], newRevisions: [revision] });

  it('heads with the month and the pace', () => {
    expect(text.split('\n').slice(0, 3)).toEqual([
      '## 2005年1—3月利用外资排行榜',
      '',
      '检查通过。数据期 2005年1—3月，序时进度 25.0%。',
    ]);
  });
  it('names the units that did not report', () => {
    expect(section(text, '未报送')).toEqual(['- 新丰镇']);
  });
  it('names the units whose figures did not move since last month', () => {
    expect(section(text, '与上月完全相同')).toEqual(['- 裕华镇']);
  });
  it('lists the revisions this change adds, old and new value and kind', () => {
    expect(section(text, '本次更正')).toEqual(['- 2005年1—3月 大中镇 合同利用外资：200 → 210（更正：录错）']);
  });
  it('counts as this change’s, without a base branch, only revisions decided after the last month already published', () => {
    const months = { reports: model!.reports, publishedMonths: ['2005-01', '2005-02', '2005-03'] };
    const old = { ...revision, date: '2005-03-10', period: asPeriod('2005-01') };
    const now = { ...revision, date: '2005-03-20' };
    // 2005-02 went out on 2005-03-05; March (on record too) is the month this change adds.
    expect(revisionsSinceLastPublished({ ...months, revisions: [old, now] }, '2005-03')).toEqual([old, now]);
    expect(revisionsSinceLastPublished({ ...months, revisions: [old, now] }, '2005-04')).toEqual([]);
    const early = { ...revision, date: '2005-03-01', period: asPeriod('2005-01') };
    expect(revisionsSinceLastPublished({ ...months, revisions: [early, now] }, '2005-03')).toEqual([now]);
  });
  it('counts as added only revisions the base branch did not have', () => {
    const { file: _, ...onBase } = revision;
    expect(addedRevisions([revision], [onBase])).toEqual([]);
    expect(addedRevisions([revision], [])).toEqual([revision]);
  });
});
