/** /methodology/: the formulas, the ranking and tie rules, the bands and the sources, from the latest year's plan. */
import { indicatorOf } from '../../../schema/indicators.ts';
import { unitNameOf } from '../../../schema/units.ts';
import type { Board } from '../../../score/board.ts';
import { formatCount, formatDate, formatWholeArea } from '../../format.ts';
import { FORMULAS } from '../../measures.ts';
import { illustrativeNotice } from '../../notice.ts';
import { cityTotalGroups, latestPeriod, rankingRuleText, scoreLabel } from '../../queries.ts';
import { boardRules, cityTargetText, forReaders } from '../../methodology-rules.ts';
import { LEDGER_VIEWS } from '../../../ledger/views.ts';
import { checkRuleText, warningMethodText } from '../verdicts/wording.ts';

export function methodologyView(board: Board) {
  const { model } = board;
  const latest = latestPeriod(board);
  const plan = latest?.plan ?? model.plans.at(-1);
  const groups = cityTotalGroups(model);
  const area = formatWholeArea(model.site.city);
  return {
    plan,
    groupCount: formatCount(model.groups.length),
    groupNames: model.groups.map((g) => g.name).join('、'),
    indicators: model.indicators.map((i) => `${i.name}（${i.unit}）`).join('、'),
    publisher: latest?.report.publisher ?? model.site.publisher,
    area,
    cityTotal: `${groups.counted}之和，对照年度计划下达的${area}目标${plan ? `（${cityTargetText(model, plan)}）` : ''}${groups.overlapping && `；${groups.overlapping}的数字与${groups.counted}重叠，不计入${area}合计`}`,
    formulas: FORMULAS,
    ruleText: plan && rankingRuleText(plan, model),
    latestPublished: latest && `（最新一期${formatDate(latest.report.publishedOn)}发布）`,
    notice: illustrativeNotice(model.site, latest) ?? '本站数据为正式数据。',
    /** The rules beyond the formulas, each with a test named after it (see present/methodology-rules.ts). */
    rules: plan ? boardRules(model, plan).map(forReaders) : [],
    /** How the ledger pages' sums are made, one paragraph per file kind the board has (none without ledger files). */
    ledger: LEDGER_VIEWS.flatMap((kind) => kind.method(board) ?? []),
    assessments: plan?.assessments && {
      year: plan.year,
      source: plan.assessments.source,
      checks: plan.assessments.checks.map((c) => ({
        name: c.name,
        month: c.month,
        lines: checkRuleText(c, plan.assessments!, area, cityTargetText(model, plan)),
        consequences: Object.values(c.consequences ?? {}),
      })),
      warning: warningMethodText(plan.assessments, scoreLabel(plan, model)),
      exemptions: (plan.assessments.exemptions ?? []).map(
        (e) =>
          `${unitNameOf(model, e.unit)}${e.indicator ? `（${indicatorOf(model, e.indicator).name}）` : ''}：${e.reason}`,
      ),
    },
  };
}
