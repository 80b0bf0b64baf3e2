/**
 * The ledger files as downloads: the project ledger (a row per project, or per project and month),
 * its JSON with totals, the events' signings, the cooperation projects and the service quarters.
 * Every amount column names its file's own unit; a 说明 column carries the illustrative notice.
 */
import type { Model } from '../model/model.ts';
import { unitNameOf } from '../schema/units.ts';
import { illustrativeNotice } from '../present/notice.ts';
import type { CooperationYear } from '../schema/ledger/cooperation.ts';
import type { EventYear } from '../schema/ledger/events.ts';
import type { ProjectLedger } from '../schema/ledger/projects.ts';
import { conversion, ledgerMonth, ledgerTotals, projectStatus } from '../score/ledger.ts';
import { round } from '../score/round.ts';
import { percent, type Cell, type Table } from './table.ts';
import { yesNo } from './csv.ts';

const noticeOf = (model: Model, file: { illustrative: boolean }) =>
  file.illustrative ? illustrativeNotice({ ...model.site, illustrative: true }) : illustrativeNotice(model.site);
const tierName = (ledger: ProjectLedger, id: string) => ledger.tiers.find((t) => t.id === id)?.name ?? id;

function table(headers: string[], decimals: Array<number | undefined>, rows: Cell[][]): Table {
  return { headers, decimals, rows };
}

/** One row per project: who answers for it, the amounts and its latest line. */
export function ledgerTable(model: Model, ledger: ProjectLedger): Table {
  const u = ledger.unit;
  const notice = noticeOf(model, ledger);
  return table(
    [
      '年份',
      '类别',
      '项目代码',
      '项目',
      '责任单位代码',
      '责任单位',
      '挂钩领导',
      '责任人',
      '投资方',
      '国别（地区）',
      `${ledger.agreedLabel}（${u}）`,
      `当年计划投资（${u}）`,
      '截至月份',
      `到位资金累计（${u}）`,
      '到位率（%）',
      '阶段',
      '按计划推进',
      '问题',
      '解决单位',
      '说明',
    ],
    [
      0,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      0,
      0,
      undefined,
      0,
      1,
    ],
    ledger.tiers
      .flatMap((tier) => ledger.projects.filter((p) => p.tier === tier.id))
      .map((p) => {
        const { latest } = projectStatus(p);
        return [
          ledger.year,
          tierName(ledger, p.tier),
          p.id,
          p.name,
          p.unit,
          unitNameOf(model, p.unit),
          p.leader ?? null,
          p.person ?? null,
          p.investor,
          p.country,
          p.agreed,
          p.planned,
          latest.month,
          latest.inPlace,
          percent(p.planned > 0 ? latest.inPlace / p.planned : null),
          latest.stage,
          yesNo(latest.onPlan),
          latest.problem ?? null,
          latest.solver ?? null,
          notice,
        ];
      }),
  );
}

/** One row per project and month: the whole record. */
export function ledgerMonthsTable(model: Model, ledger: ProjectLedger): Table {
  const u = ledger.unit;
  const notice = noticeOf(model, ledger);
  return table(
    [
      '月份',
      '项目代码',
      '项目',
      '责任单位',
      `到位资金累计（${u}）`,
      '阶段',
      '按计划推进',
      '问题',
      '解决单位',
      '备注',
      '说明',
    ],
    [undefined, undefined, undefined, undefined, 0],
    ledger.projects.flatMap((p) =>
      p.months.map((m) => [
        m.month,
        p.id,
        p.name,
        unitNameOf(model, p.unit),
        m.inPlace,
        m.stage,
        yesNo(m.onPlan),
        m.problem ?? null,
        m.solver ?? null,
        m.remark ?? null,
        notice,
      ]),
    ),
  );
}

/** The ledger as JSON: totals (all, and per tier) against the target, and every project with its record. */
export function ledgerDocument(model: Model, ledger: ProjectLedger) {
  const rows = ledger.projects.map(projectStatus);
  const totals = (subset: typeof rows, target?: number) => {
    const t = ledgerTotals(subset, target);
    return {
      ...t,
      agreedShare: t.agreedShare === null ? null : round(t.agreedShare * 100, 1),
      inPlaceShare: t.inPlaceShare === null ? null : round(t.inPlaceShare * 100, 1),
    };
  };
  return {
    notice: noticeOf(model, ledger),
    year: ledger.year,
    source: ledger.source,
    unit: ledger.unit,
    through: ledgerMonth(ledger),
    fields: {
      agreedShare: `${ledger.agreedLabel}合计占目标（%）`,
      inPlaceShare: '到位资金占当年计划投资（%）',
      inPlace: `到位资金，当年1—N月累计（${ledger.unit}）`,
    },
    agreedTarget: ledger.agreedTarget ?? null,
    totals: totals(rows, ledger.agreedTarget),
    tiers: ledger.tiers.map((tier) => ({ ...tier, totals: totals(rows.filter((r) => r.project.tier === tier.id)) })),
    stages: ledger.stages.map((stage) => ({ stage, count: rows.filter((r) => r.latest.stage === stage).length })),
    projects: ledger.projects.map((p) => ({ ...p, unitName: unitNameOf(model, p.unit) })),
  };
}

/** One row per signing at an event, with how far it has come and its ledger project. */
export function signingsTable(model: Model, year: EventYear): Table {
  const notice = noticeOf(model, year);
  return table(
    [
      '活动代码',
      '活动',
      '日期',
      '地点',
      '主办',
      '签约项目',
      '跟踪单位',
      '跟踪责任人',
      '进展',
      `签约金额（${year.unit}）`,
      '台账项目代码',
      '说明',
    ],
    [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 0],
    year.events.flatMap((e) =>
      e.signings.map((s) => [
        e.id,
        e.name,
        e.date,
        e.place,
        e.organiser,
        s.name,
        unitNameOf(model, s.unit),
        s.follower ?? null,
        s.step,
        s.amount ?? null,
        s.project ?? null,
        notice,
      ]),
    ),
  );
}

/** One row per event: its conversion counts (signings that reached each step or beyond). */
export function eventsTable(model: Model, year: EventYear): Table {
  const notice = noticeOf(model, year);
  return table(
    ['活动代码', '活动', '日期', '地点', '签约项目数', ...year.steps.map((s) => `达到“${s}”`), '说明'],
    [],
    year.events.map((e) => [
      e.id,
      e.name,
      e.date,
      e.place,
      e.signings.length,
      ...conversion(e, year.steps).map((c) => c.count),
      notice,
    ]),
  );
}

/** One row per cooperation project, in the file's own unit (万元, RMB). */
export function cooperationTable(model: Model, year: CooperationYear): Table {
  const notice = noticeOf(model, year);
  return table(
    ['年份', '项目', '责任单位', '合作方', `投资额（${year.unit}）`, '签约日期', '说明'],
    [0, undefined, undefined, undefined, 0],
    [...year.projects]
      .sort((a, b) => a.signedOn.localeCompare(b.signedOn))
      .map((p) => [year.year, p.name, unitNameOf(model, p.unit), p.partner, p.amount, p.signedOn, notice]),
  );
}

/** Every quarter on file, oldest first. */
export function serviceTable(model: Model): Table {
  return table(
    ['年份', '季度', '座谈会', '座谈会日期', '主要内容', '投诉受理', '查实', '办结', '待岗', '备注', '说明'],
    [],
    model.serviceYears.flatMap((y) =>
      y.quarters.map((q) => [
        y.year,
        q.quarter,
        q.forum.held ? '已召开' : '未召开',
        q.forum.date ?? null,
        q.forum.points?.join('；') ?? null,
        q.complaints.received,
        q.complaints.verified,
        q.complaints.resolved,
        q.complaints.suspensions,
        q.note ?? null,
        noticeOf(model, y),
      ]),
    ),
  );
}
