/**
 * /methodology/: a reader's page. A table of contents and a glossary first; then the formulas, the ranking
 * and tie rules and the bands; every rule beyond the formulas stated once, each with a worked example from
 * the board's data (rule-examples.ts); the assessments' shared rule once and each check in a line; the
 * change log; and, for auditors, links to the method as data.
 */
import { indicatorOf } from '../../../schema/indicators.ts';
import { unitNameOf } from '../../../schema/units.ts';
import type { Board } from '../../../score/board.ts';
import { formatCount, formatDate, formatPercent, formatWholeArea } from '../../format.ts';
import { FORMULAS } from '../../measures.ts';
import { illustrativeNotice } from '../../notice.ts';
import { cityTotalGroups, latestPeriod, rankingRuleText, scoreLabel } from '../../queries.ts';
import { boardRules, cityTargetText, forReaders } from '../../methodology-rules.ts';
import { METHOD_CHANGES } from '../../method-changes.ts';
import { ruleExample } from '../../rule-examples.ts';
import { LEDGER_VIEWS } from '../../../ledger/views.ts';
import { requirementText, warningMethodText } from '../verdicts/wording.ts';

/** The anchor of a rule on the page, so other sections (and other pages) can point to it. */
export const ruleAnchor = (id: string) => `rule-${id}`;

export function methodologyView(board: Board) {
  const { model } = board;
  const latest = latestPeriod(board);
  const plan = latest?.plan ?? model.plans.at(-1);
  const groups = cityTotalGroups(model);
  const area = formatWholeArea(model.site.city);
  const score = plan ? scoreLabel(plan, model) : '完成率';
  const rules = plan ? boardRules(model, plan).map(forReaders) : [];
  const assessments = plan?.assessments;
  const ledger = LEDGER_VIEWS.flatMap((kind) => kind.method(board) ?? []);
  /** The page's sections, in order: the table of contents lists those the board has. */
  const sections = [
    { id: 'glossary', title: '常用词' },
    { id: 'scope', title: '统计口径' },
    { id: 'formulas', title: '计算公式' },
    { id: 'ranking', title: '排名与并列' },
    { id: 'bands', title: '色带' },
    ...(rules.length ? [{ id: 'rules', title: '计算细则' }] : []),
    ...(assessments ? [{ id: 'assessments', title: '考评与预警' }] : []),
    ...(ledger.length ? [{ id: 'ledger', title: '台账与跟踪' }] : []),
    { id: 'sources', title: '数据来源与更正' },
    { id: 'releases', title: '发布时的数据与修订' },
    { id: 'compare', title: '单位对比' },
    { id: 'changes', title: '方法变更记录' },
    { id: 'auditors', title: '给核对者' },
    { id: 'sample', title: '示意数据' },
  ];
  const link = (id: string) => `#${ruleAnchor(id)}`;
  return {
    plan,
    sections,
    glossary: [
      {
        term: '序时进度',
        text: `已过月数 ÷ 12：按时间均匀推进到本月末应完成的比例（3 月末 ${formatPercent(3 / 12)}，6 月末 ${formatPercent(6 / 12)}）。`,
        href: '#formulas',
      },
      {
        term: score,
        text: plan ? rankingRuleText(plan, model).replace(/^各组内按[^：]*：/, '') : '',
        href: '#ranking',
      },
      {
        term: '确保目标 / 力争目标',
        text: '年度计划给单位下达的两个数：确保目标必须完成，完成率和考核都按它算；力争目标更高，年终另列突破力争目标的单位。',
        href: '#scope',
      },
      { term: '并列', text: plan?.ranking.tieRule ?? '', href: '#ranking' },
      {
        term: '未报送',
        text: '当月没有报送数字：不显示数字、不参加排名，列于组末，考核按未达到计；与报送 0 不同。合计中计其最近一次报送数。',
        href: link('carried'),
      },
      {
        term: '免考',
        text: '书面批准、或当年新设的单位（或某项指标）不评该项考核的结果，理由列在表中；数字照样计入合计。',
        href: link('new-unit-indicators'),
      },
    ],
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
    /** The rules beyond the formulas, each stated once with a worked example (see present/methodology-rules.ts). */
    rules: rules.map((rule) => ({ ...rule, anchor: ruleAnchor(rule.id), example: ruleExample(board, rule.id) })),
    /** How the ledger pages' sums are made, one paragraph per file kind the board has (none without ledger files). */
    ledger,
    assessments: assessments && {
      year: plan.year,
      source: assessments.source,
      /** What every check shares, said once; the rules it leans on are linked, not repeated. */
      shared: [
        `每项考核以所在月份月末的 1—N月累计数为准：每个单位每一项有目标的指标，完成率（累计 ÷ 确保目标，不四舍五入）都达到要求的为达到，任何一项未达到的为未达到；当月未报送的单位按未达到计。没有目标的指标不考${assessments.newUnits ? `；当年新设的单位，${assessments.newUnits.exemptThrough} 月及以前的考核免考` : ''}；书面批准免考的单位或指标按所列理由免考。`,
        `各组、${area}另按合计判断，合计怎样算见计算细则。某项考核所在月份的数据发布后即公布结果。`,
      ],
      links: [
        { href: link('city-target'), text: `${area}和各组对照哪个目标` },
        { href: link('carried'), text: '未报送单位在合计中' },
        { href: link('honour-list'), text: '红榜、黑榜取哪几个' },
        { href: link('new-unit-indicators'), text: '免考单位的各项结果' },
      ],
      checks: assessments.checks.map((c) => ({
        name: c.name,
        month: c.month,
        requirement: requirementText(c),
        labels: `“${c.passLabel}”或“${c.failLabel}”`,
        lists: [
          c.honour ? `红榜前${formatCount(c.honour)}名` : '',
          c.warn ? `黑榜后${formatCount(c.warn)}名` : '',
          c.stretch ? '另列突破力争目标的单位' : '',
        ].filter(Boolean),
        consequences: Object.values(c.consequences ?? {}),
      })),
      // The projection and 连续落后; which checks a warning projects to is the rule warning-checks, linked.
      warning: warningMethodText(assessments, score).filter((line) => !line.startsWith('对每一项尚未到期')),
      exemptions: (assessments.exemptions ?? []).map(
        (e) =>
          `${unitNameOf(model, e.unit)}${e.indicator ? `（${indicatorOf(model, e.indicator).name}）` : ''}：${e.reason}`,
      ),
    },
    changes: METHOD_CHANGES.map((c) => ({ ...c, shown: formatDate(c.date) })),
  };
}
