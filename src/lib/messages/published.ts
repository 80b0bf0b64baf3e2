/**
 * The messages of the rules that keep published figures frozen (src/lib/validate/rules/published/):
 * the record of what was published, revisions and 核减. A key without a suffix is what the rule
 * expected; `.got` what it found, `.suggestion` the tip.
 */
import { defineMessages } from './catalogue.ts';

export const publishedMessages = defineMessages({
  'published.noFigure': { zh: '没有这个数字', en: 'no such figure' },
  'published.noFile': { zh: '没有这个文件', en: 'no such file' },

  // published-frozen
  'published.frozen.newFigure': { zh: '新数字', en: '<new figure>' },
  'published.frozen.revise': {
    zh:
      '已发布的数字不能直接改。确需改正的，在 data/revisions/{year}.yaml 的 revisions: 下加一条：' +
      '- { date: 今天的日期, period: {period}, unit: {unit}, indicator: {indicator}, old: {old}, new: {now}, ' +
      'kind: 更正, reason: 写明原因 }（迟报数据用 kind: 修订）',
    en:
      'a published figure is not changed in place. To correct it, add under revisions: in ' +
      'data/revisions/{year}.yaml: - { date: <today>, period: {period}, unit: {unit}, indicator: {indicator}, ' +
      'old: {old}, new: {now}, kind: 更正, reason: <why> } (kind: 修订 for late data)',
  },
  'published.frozen.file': {
    zh: '{file} 仍在（{period} 已发布，不能删除）',
    en: '{file} to stay ({period} is published and cannot be deleted)',
  },
  'published.frozen.file.suggestion': {
    zh: '从 git 恢复：git checkout origin/main -- {file}；要改正其中的数字，在 data/revisions/{year}.yaml 写更正',
    en:
      'restore it from git: git checkout origin/main -- {file}; to correct a figure in it, write a revision in ' +
      'data/revisions/{year}.yaml',
  },
  'published.frozen.draft': {
    zh: 'published（{period} 已发布，不能改回草稿）',
    en: 'published ({period} is published and cannot go back to draft)',
  },
  'published.frozen.draft.suggestion': {
    zh: '改回 status: published；要改正其中的数字，在 data/revisions/{year}.yaml 写更正',
    en: 'set status: published again; to correct a figure, write a revision in data/revisions/{year}.yaml',
  },
  'published.frozen.unit': {
    zh: '{name}（{unit}）一项（{period} 已发布，不能删除）',
    en: 'the entry for {name} ({unit}) ({period} is published and it cannot be deleted)',
  },
  'published.frozen.unit.got': { zh: '没有“{unit}”', en: 'no "{unit}"' },
  'published.frozen.unit.suggestion': {
    zh: '把“- unit: {unit}”和发布时的数字加回来；要改正数字，在 data/revisions/{year}.yaml 写更正',
    en:
      'put "- unit: {unit}" back with its published figures; to correct a figure, write a revision in ' +
      'data/revisions/{year}.yaml',
  },
  'published.frozen.figure': {
    zh: '{name}的{indicator}保持 {period} 发布的 {expected}',
    en: "{name}'s {indicator} kept at {expected}, as published for {period}",
  },

  // published-recorded
  'published.recorded': {
    zh: '{period} 记入发布记录 data/published.yaml',
    en: '{period} in the record data/published.yaml',
  },
  'published.recorded.got': { zh: '还没有记录', en: 'not recorded' },
  'published.recorded.suggestion': {
    zh: '填完、检查无误后运行 npm run record-published（把这个月的数字加进 data/published.yaml），和这个月的文件一起提交',
    en: 'run npm run record-published and commit data/published.yaml with the month',
  },

  // revisions
  'published.revisions.period': { zh: '已有报表的月份', en: 'a month that has a report' },
  'published.revisions.period.got': {
    zh: '“{period}”（没有这个月的报表）',
    en: '"{period}" (no report for that month)',
  },
  'published.revisions.published': {
    zh: '已发布的月份（记在 data/published.yaml 里）',
    en: 'a published month (in data/published.yaml)',
  },
  'published.revisions.published.got': {
    zh: '{period} 的“{unit}”没有发布记录',
    en: 'no published record of "{unit}" for {period}',
  },
  'published.revisions.published.suggestion': {
    zh: '还没发布的月份直接改报表就行，不用写更正',
    en: 'a month not yet published is corrected in its report, without a revision',
  },
  'published.revisions.old.published': {
    zh: '{before}（{period} 发布时的数字）',
    en: '{before} (the figure as published for {period})',
  },
  'published.revisions.old.afterRevision': {
    zh: '{before}（上一条更正后的数字）',
    en: '{before} (the figure after the revision before)',
  },
  'published.revisions.old.suggestion': {
    zh: 'old 写改正前公布的数字：{before}',
    en: 'write as old the figure published before the correction: {before}',
  },
  'published.revisions.new': { zh: '与 old（{old}）不同的数字', en: 'a figure other than old ({old})' },
  'published.revisions.new.suggestion': {
    zh: '数字没变就不用写更正',
    en: 'a figure that did not change needs no revision',
  },
});
