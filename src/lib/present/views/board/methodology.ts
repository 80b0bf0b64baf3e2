/** /methodology/: the formulas, the ranking and tie rules, the bands and the sources, from the latest year's plan. */
import { indicatorOf } from '../../../schema/indicators.ts';
import { unitNameOf } from '../../../schema/units.ts';
import type { Board } from '../../../score/board.ts';
import { formatAmount, formatCount, formatDate, formatWholeArea } from '../../format.ts';
import { FORMULAS } from '../../measures.ts';
import { illustrativeNotice } from '../../notice.ts';
import { cityTotalGroups, latestPeriod, rankingRuleText, scoreLabel } from '../../queries.ts';
import { boardRules, cityTargetText } from '../../rules.ts';
import { checkRuleText, warningMethodText } from '../verdicts/wording.ts';

/** How the ledger pages' sums are made, one paragraph per file kind the board has (none without ledger files). */
function ledgerMethod(board: Board): Array<{ title: string; lines: string[] }> {
  const { model } = board;
  const ledger = model.projectLedgers.at(-1);
  const events = model.eventYears.at(-1);
  const cooperation = model.cooperationYears.at(-1);
  const service = model.serviceYears.at(-1);
  return [
    ...(ledger
      ? [
          {
            title: '重点项目台账',
            lines: [
              `每个项目一行，逐月记录到位资金、所处阶段和是否按计划推进；金额单位为台账自己的单位（${ledger.unit}）。`,
              `${ledger.agreedLabel}合计 = 台账上各项目${ledger.agreedLabel}之和${ledger.agreedTarget !== undefined ? `，与目标之比 = 合计 ÷ 目标（${formatAmount(ledger.agreedTarget)} ${ledger.unit}）` : ''}。到位资金累计 = 各项目最新一个月的到位资金之和，占当年计划投资 = 到位资金累计 ÷ 各项目当年计划投资之和。按计划推进的项目数以各项目最新一个月的记录为准。`,
              `台账与月度报表分别填报，数字不相加。${ledger.comparesWith ? `某单位台账项目的到位资金合计超过该单位同月报表中的${indicatorOf(model, ledger.comparesWith).name}时，检查数据时给出提醒（两者之一有误）。` : ''}`,
            ],
          },
        ]
      : []),
    ...(events
      ? [
          {
            title: '大活动与签约项目',
            lines: [
              `每个签约项目有跟踪责任人，逐个记录进展（${events.steps.join(' → ')}）。活动的转化数 = 达到某一步或更进一步的签约项目个数，所以“${events.steps[0]}”一栏是全部签约项目。`,
            ],
          },
        ]
      : []),
    ...(cooperation
      ? [
          {
            title: cooperation.title,
            lines: [
              `只计投资额不少于 ${formatAmount(cooperation.minimum)} ${cooperation.unit}的项目。个数完成率 = 已签约项目个数 ÷ 目标个数（${cooperation.targets.count} 个），金额完成率 = 投资总额 ÷ 目标总额（${formatAmount(cooperation.targets.total)} ${cooperation.unit}），都与序时进度比较。`,
              `金额单位是${cooperation.unit}，与排行榜的指标（${[...new Set(model.indicators.map((i) => i.unit))].join('、')}）不相加、不比较。`,
            ],
          },
        ]
      : []),
    ...(service
      ? [
          {
            title: '服务环境',
            lines: [
              '按季度列出座谈会、投诉受理、查实、办结和待岗人数，只列数字，不排名、不计算完成率；查实、办结不多于受理，待岗不多于查实。',
            ],
          },
        ]
      : []),
  ];
}

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
    /** The rules beyond the formulas, each with a test named after it (see present/rules.ts). */
    rules: plan ? boardRules(model, plan) : [],
    ledger: ledgerMethod(board),
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
