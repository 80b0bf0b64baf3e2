/** The words of the forms the scripts write and of the build's report (src/lib/forms/, src/data/board.ts). */
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
  'forms.build.draft': {
    zh: '注意：{file} 是草稿（status: draft），本次不发布。',
    en: 'note: {file} is a draft (status: draft) and is not published.',
  },
  'forms.build.draftInPreview': {
    zh: '注意：{file} 是草稿（status: draft），只在预览中显示。',
    en: 'note: {file} is a draft (status: draft), shown in the preview only.',
  },
  'forms.build.passed': {
    zh: '✓ 数据检查通过：{units} 个单位，{plans} 个年度计划，{reports} 个月的报表{warnings}。',
    en: '✓ data is valid: {units} units, {plans} plan(s), {reports} monthly reports{warnings}.',
  },
  'forms.build.passed.warnings': { zh: '，{warnings} 处提醒', en: ', {warnings} warning(s)' },
});
