/** The words of the forms the scripts write and of the build's report (src/lib/drafts/, src/data/board.ts). */
import { defineMessages } from './catalogue.ts';

export const formsMessages = defineMessages({
  'forms.newMonth.noReport': {
    zh: '还没有任何月份的报表可以接着写：先照 data/README.md 的例子写第一个月',
    en: 'no report on file to follow; copy an example from data/README.md',
  },
  'forms.newMonth.noPlan': {
    zh: '还没有 {year} 年的计划：先添加 data/plans/{year}.yaml（当年的目标任务）',
    en: "no plan for {year}: add data/plans/{year}.yaml (the year's targets) first",
  },
  'forms.newYear.exists': { zh: '{year} 年的计划已经有了：data/plans/{year}.yaml', en: 'a plan for {year} exists' },
  'forms.newYear.noEarlierPlan': {
    zh: '还没有任何一年的计划可以参照：先照 data/README.md 的例子写第一年的计划',
    en: 'no earlier plan to follow',
  },
  'forms.build.failed': {
    zh: '数据有 {errors} 处错误，网站没有生成（已发布的内容不变）：',
    en: 'The data has {errors} error(s); nothing was built:',
  },
  // npm run summary: the pull-request comment on the latest month
  'forms.summary.nothing': {
    zh: '## 排行榜检查\n\n还没有可以排名的月份。\n',
    en: '## Board check\n\nNo month can be ranked yet.\n',
  },
  'forms.summary.firstOfYear': { zh: '本年第一期，无上月可比', en: "the year's first month: no last month to compare" },
  'forms.summary.draft': { zh: '（草稿·未发布）', en: ' (draft, not published)' },
  'forms.summary.none': { zh: '无', en: 'none' },
  'forms.summary.title': { zh: '## {period}{subject}排行榜{draft}', en: '## {period} {subject} ranking{draft}' },
  'forms.summary.passed': {
    zh: '检查通过。数据期 {period}，序时进度 {pace}。',
    en: 'The check passed. Period {period}, pace {pace}.',
  },
  'forms.summary.missing': { zh: '### 未报送', en: '### Not reported (未报送)' },
  'forms.summary.movers': { zh: '### 位次变化较大', en: '### Large moves in rank' },
  'forms.summary.mover': {
    zh: '{name}：第 {before} 位 → 第 {rank} 位（{movement}）',
    en: '{name}: rank {before} → rank {rank} ({movement})',
  },
  'forms.summary.movers.none': { zh: '无（或本年第一个月）', en: "none (or the year's first month)" },
  'forms.summary.leaders': { zh: '### 新的第一名', en: '### New leaders' },
  'forms.summary.leaders.none': { zh: '各组第一名未变', en: "every group's leader is unchanged" },
  'forms.summary.laggards': { zh: '### 新的末位', en: '### New last places' },
  'forms.summary.laggards.none': { zh: '各组末位未变', en: "every group's last place is unchanged" },
  'forms.summary.changed': { zh: '{group}：{name}{before}', en: '{group}: {name}{before}' },
  'forms.summary.changed.before': { zh: '（上月为{before}）', en: ' (last month {before})' },
  'forms.summary.behind': { zh: '### 本月新落后于序时进度', en: '### Newly behind the pace this month' },
  'forms.summary.behind.unit': { zh: '{name}：{gap} 个百分点', en: '{name}: {gap} percentage points' },
  'forms.summary.unchanged': { zh: '### 与上月完全相同', en: '### Exactly as last month' },
  'forms.summary.warnings': { zh: '### 需要核对的数字（提醒）', en: '### Figures to check (warnings)' },
  'forms.summary.revisions': { zh: '### 本次更正', en: '### Revisions in this change' },
  'forms.summary.revisions.unknown': {
    zh: '（无法与主分支比较，未列出）',
    en: '(not listed: the main branch could not be compared)',
  },
  'forms.summary.revision': {
    zh: '{period} {unit} {indicator}：{old} → {now}（{kind}：{reason}）',
    en: '{period} {unit} {indicator}: {old} → {now} ({kind}: {reason})',
  },
});
