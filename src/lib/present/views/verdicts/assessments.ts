/**
 * /assessments/ (the year's verdicts, one list) and /assessments/2005/half/ (one check): the rule
 * in words first, then the city's and each group's result, each group's table, the 红黑榜, the
 * lists and the consequences quoted from the plan, and the downloads.
 */
import { indicatorOf } from '../../../schema/indicators.ts';
import { assessAll, type Assessment, type TotalVerdict, type UnitVerdict } from '../../../score/assessment.ts';
import type { Board } from '../../../score/board.ts';
import { formatMonth, formatPercent, formatPeriod, formatWholeArea } from '../../format.ts';
import {
  assessmentDataUrl,
  assessmentsUrl,
  assessmentUrl,
  placesUrl,
  rankingUrl,
  unitUrl,
  warningUrl,
} from '../../urls.ts';
import { carriedText, cityTargetText } from '../../methodology-rules.ts';
import { checkRuleText, failedNames, outcomeLabel, outcomeSymbol, requirementText } from './wording.ts';

export const assessmentTitle = (a: Assessment) => `${a.year}年${a.check.name}`;

/** The index: per year with assessments, its published checks, the early warning and the year at a glance. */
export function assessmentsIndexView(board: Board) {
  const all = assessAll(board);
  const years = board.model.plans
    .filter((plan) => plan.assessments && board.periods.some((p) => p.year === plan.year))
    .map((plan) => ({
      year: plan.year,
      source: plan.assessments!.source,
      checks: all
        .filter((a) => a.year === plan.year)
        .map((a) => ({
          href: assessmentUrl(a.year, a.check.id),
          name: a.check.name,
          month: formatMonth(a.period.period),
          summary: summaryText(a, formatWholeArea(board.model.site.city)),
        })),
      warningHref: warningUrl(plan.year),
      placesHref: placesUrl(plan.year),
    }))
    .sort((a, b) => b.year - a.year);
  return { years, subject: board.model.site.subject };
}

const count = (units: UnitVerdict[], outcome: UnitVerdict['outcome']) =>
  units.filter((u) => u.outcome === outcome).length;

/** One line: 全市 (全县 …) 实现双过半；达标 9 个、未达 10 个、免考 1 个. */
function summaryText(a: Assessment, area: string): string {
  const units = a.groups.flatMap((g) => g.units);
  const exempt = count(units, 'exempt');
  return `${area}${a.city.pass ? a.check.passLabel : a.check.failLabel}；单位${a.check.passLabel} ${count(units, 'pass')} 个、${a.check.failLabel} ${count(units, 'fail')} 个${exempt ? `、免考 ${exempt} 个` : ''}`;
}

export function assessmentView(board: Board, a: Assessment) {
  const { model } = board;
  const rules = a.period.plan.assessments!;
  const indicators = a.period.plan.indicators.map((id) => indicatorOf(model, id));
  const total = (t: TotalVerdict) => ({
    pass: t.pass,
    // A headline check (首季开门红) names its totals in its own words: 实现首季开门红.
    label: `${outcomeSymbol(t.pass ? 'pass' : 'fail')} ${a.check.highlight ? `${t.pass ? '实现' : '未实现'}${a.check.highlight}` : t.pass ? a.check.passLabel : a.check.failLabel}`,
    parts: t.indicators.map((i) => `${indicatorOf(model, i.indicator).name} ${formatPercent(i.completion)}`).join('，'),
    carried: carriedText(
      model,
      t.indicators.flatMap((i) => i.carried),
    ),
  });
  const all = a.groups.flatMap((g) => g.units);
  const link = (u: UnitVerdict) => ({ name: u.name, href: unitUrl(u.unit) });
  return {
    title: assessmentTitle(a),
    assessment: a,
    month: formatMonth(a.period.period),
    periodLabel: formatPeriod(a.period.period),
    area: formatWholeArea(board.model.site.city),
    ruleLines: checkRuleText(
      a.check,
      rules,
      formatWholeArea(board.model.site.city),
      cityTargetText(model, a.period.plan),
    ),
    requirement: requirementText(a.check),
    source: rules.source,
    /** Where a consequence is quoted from, in a reader's words (the plan, never its data file's name). */
    quotedFrom: `摘自${a.year}年目标任务计划`,
    indexHref: assessmentsUrl(),
    rankingHref: rankingUrl(a.period.period),
    city: total(a.city),
    indicators,
    groups: a.groups.map((g) => ({
      id: g.group.id,
      name: g.group.name,
      total: total(g.total),
      honour: g.honour.map(link),
      warned: g.warned.map(link),
      rows: g.units.map((u) => ({
        href: unitUrl(u.unit),
        name: u.name,
        rank: u.rank,
        outcome: u.outcome,
        label: `${outcomeSymbol(u.outcome)} ${outcomeLabel(a.check, u.outcome)}`,
        cells: u.indicators.map((i) => ({
          completion: formatPercent(i.completion),
          outcome: i.outcome,
          label: `${outcomeSymbol(i.outcome)} ${outcomeLabel(a.check, i.outcome)}`,
        })),
        stretch: u.stretchMet === null ? '—' : u.stretchMet ? '✓ 是' : '否',
        list: g.honour.includes(u) ? '红榜' : g.warned.includes(u) ? '黑榜' : '',
        reason: [
          u.reason,
          ...u.indicators
            .filter((i) => i.outcome === 'exempt')
            .map((i) => `${indicatorOf(model, i.indicator).name}免考：${i.reason}`),
        ]
          .filter(Boolean)
          .join('；'),
      })),
    })),
    hasLists: a.groups.some((g) => g.honour.length + g.warned.length > 0) || Boolean(a.check.honour || a.check.warn),
    failed: all
      .filter((u) => u.outcome === 'fail')
      .map((u) => ({ ...link(u), on: u.missing ? '未报送' : failedNames(model, u) })),
    passed: all.filter((u) => u.outcome === 'pass').map(link),
    stretched: all.filter((u) => u.stretchMet === true).map(link),
    exempt: [
      ...all.filter((u) => u.outcome === 'exempt').map((u) => ({ ...link(u), reason: u.reason ?? '' })),
      ...all.flatMap((u) =>
        u.indicators
          .filter((i) => i.outcome === 'exempt')
          .map((i) => ({ ...link(u), reason: `${indicatorOf(model, i.indicator).name}：${i.reason}` })),
      ),
    ],
    downloads: (['csv', 'json'] as const).map((f) => ({
      href: assessmentDataUrl(a.year, a.check.id, f),
      label: f.toUpperCase(),
    })),
  };
}

/** A unit's result in every published check, newest first, for its page. */
export function unitVerdicts(board: Board, unitId: string) {
  return assessAll(board)
    .flatMap((a) => {
      const u = a.groups.flatMap((g) => g.units).find((x) => x.unit === unitId);
      if (!u) return [];
      const g = a.groups.find((x) => x.group.id === u.group)!;
      const list = g.honour.includes(u) ? '，列入红榜' : g.warned.includes(u) ? '，列入黑榜' : '';
      const detail =
        u.outcome === 'fail'
          ? `（${u.missing ? '未报送' : failedNames(board.model, u)}）`
          : u.outcome === 'exempt'
            ? `（${u.reason}）`
            : '';
      return [
        {
          href: assessmentUrl(a.year, a.check.id),
          name: assessmentTitle(a),
          text: `${outcomeSymbol(u.outcome)} ${outcomeLabel(a.check, u.outcome)}${detail}${u.stretchMet ? '，完成力争目标' : ''}${list}`,
        },
      ];
    })
    .reverse();
}

/** The /data/ page's list of assessment downloads, newest year first. */
export function assessmentDownloads(board: Board) {
  return assessAll(board)
    .map((a) => ({
      name: assessmentTitle(a),
      href: assessmentUrl(a.year, a.check.id),
      csv: assessmentDataUrl(a.year, a.check.id, 'csv'),
      json: assessmentDataUrl(a.year, a.check.id, 'json'),
    }))
    .reverse();
}
