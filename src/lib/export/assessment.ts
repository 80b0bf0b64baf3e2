/**
 * One check's verdict as a download: a CSV row per unit (unit id, name, group, each indicator's
 * 完成率 and result, the overall result, 红黑榜, the exemption reason) and the same as JSON with the
 * rule, the consequences and the group and city totals.
 */
import { formatWholeArea } from '../present/format.ts';
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { illustrativeNotice } from '../present/notice.ts';
import { cityTargetText } from '../present/methodology-rules.ts';
import { checkRuleText, outcomeLabel } from '../present/views/verdicts/wording.ts';
import type { Assessment, GroupVerdict, TotalVerdict, UnitVerdict } from '../score/assessment.ts';
import { PERCENT_DECIMALS } from '../present/measures.ts';
import {
  CARRIED_FIELD,
  carriedJson,
  REVISED_FIELD,
  REVISIONS_FIELD,
  revisedJson,
  unrounded,
  UNROUNDED_FIELDS,
} from './json.ts';
import { provenance } from './method.ts';
import { percent, revisedCell, roundedPercent, type Cell, type Table } from './table.ts';
import { yesNo } from './csv.ts';

function listMark(group: GroupVerdict, unit: UnitVerdict): string | null {
  if (group.honour.includes(unit)) return '红榜';
  if (group.warned.includes(unit)) return '黑榜';
  return null;
}

export function assessmentTable(model: Model, a: Assessment): Table {
  const indicators = a.period.plan.indicators.map((id) => indicatorOf(model, id));
  const notice = illustrativeNotice(model.site, a.period);
  const headers = [
    '考核',
    '月份',
    '组别',
    '位次',
    '单位代码',
    '单位',
    ...indicators.flatMap((i) => [`${i.name}完成率(%)`, `${i.name}结果`, `${i.name}免考理由`, `${i.name}已修订`]),
    '总体结果',
    ...(a.check.stretch ? ['完成力争目标'] : []),
    '红黑榜',
    '免考或说明',
    '说明',
  ];
  const decimals = headers.map((h) => (h.endsWith('(%)') ? PERCENT_DECIMALS : h === '位次' ? 0 : undefined));
  const rows: Cell[][] = a.groups.flatMap((g) =>
    g.units.map((u) => [
      a.check.name,
      a.period.period,
      g.group.name,
      u.rank,
      u.unit,
      u.name,
      ...u.indicators.flatMap((i) => [
        percent(i.completion),
        outcomeLabel(a.check, i.outcome),
        // An indicator's exemption stays on the indicator: the unit itself is still judged on the others.
        i.outcome === 'exempt' ? (i.reason ?? null) : null,
        revisedCell(model, a.period.period, u.unit, i.indicator),
      ]),
      outcomeLabel(a.check, u.outcome),
      ...(a.check.stretch ? [yesNo(u.stretchMet)] : []),
      listMark(g, u),
      u.reason ?? null,
      notice,
    ]),
  );
  return { headers, decimals, rows };
}

const totalJson = (t: TotalVerdict, a: Assessment) => ({
  result: t.pass ? a.check.passLabel : a.check.failLabel,
  indicators: t.indicators.map((i) => ({
    indicator: i.indicator,
    value: i.value,
    target: i.target,
    completion: roundedPercent(i.completion),
    completionUnrounded: unrounded(i.completion),
    pass: i.pass,
    carried: i.carried.map(carriedJson),
  })),
});

export function assessmentDocument(model: Model, a: Assessment) {
  const notice = illustrativeNotice(model.site, a.period);
  const rules = a.period.plan.assessments!;
  return {
    ...provenance(),
    year: a.year,
    check: a.check.id,
    name: a.check.name,
    period: a.period.period,
    required: roundedPercent(a.required),
    rule: checkRuleText(a.check, rules, formatWholeArea(model.site.city), cityTargetText(model, a.period.plan)),
    consequences: a.check.consequences ?? {},
    source: rules.source,
    illustrative: notice !== null,
    notice,
    fields: {
      'units.*.completion': '完成率（%）= 累计 ÷ 确保目标',
      'units.*.result': `结果：${a.check.passLabel} / ${a.check.failLabel} / 免考 / 无目标`,
      'units.*.stretchMet': '完成全部力争目标（无力争目标为 null）',
      'units.*.list': '红榜 / 黑榜 / null',
      'units.*.reason': '免考理由，或“未报送”',
      'units.*.indicators.*.revised': REVISED_FIELD,
      'units.*.indicators.*.revisions': REVISIONS_FIELD,
      'city.indicators.*.carried': CARRIED_FIELD,
      'groups.*.total.indicators.*.carried': CARRIED_FIELD,
      'units.*.indicators.*.completionUnrounded': UNROUNDED_FIELDS['indicators.*.completionUnrounded'],
      '*.indicators.*.completionUnrounded': UNROUNDED_FIELDS['total.*.completionUnrounded'],
      null: '无数值，不是 0',
    },
    city: totalJson(a.city, a),
    groups: a.groups.map((g) => ({
      id: g.group.id,
      name: g.group.name,
      total: totalJson(g.total, a),
      units: g.units.map((u) => ({
        unit: u.unit,
        name: u.name,
        rank: u.rank,
        result: outcomeLabel(a.check, u.outcome),
        indicators: Object.fromEntries(
          u.indicators.map((i) => [
            i.indicator,
            {
              completion: roundedPercent(i.completion),
              completionUnrounded: unrounded(i.completion),
              result: outcomeLabel(a.check, i.outcome),
              reason: i.outcome === 'exempt' ? (i.reason ?? null) : null,
              ...revisedJson(model, a.period.period, u.unit, i.indicator),
            },
          ]),
        ),
        stretchMet: u.stretchMet,
        list: listMark(g, u),
        reason: u.reason ?? null,
      })),
    })),
  };
}
