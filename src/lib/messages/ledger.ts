/**
 * The messages of the ledger rules (src/lib/validate/rules/ledger/): key projects, events,
 * cooperation projects and the service environment. A key without a suffix is what the rule
 * expected; `.got` what it found, `.suggestion` the tip.
 */
import { defineMessages } from './catalogue.ts';

export const ledgerMessages = defineMessages({
  // shared by the ledger kinds (their Chinese quotes ids with "…")
  'ledger.id': { zh: '"{id}"', en: '"{id}"' },
  'ledger.closest': { zh: '是不是 "{id}"？', en: 'did you mean "{id}"?' },
  'ledger.unit.byName': { zh: '写单位代码 "{id}"（{name}）', en: 'write the unit\'s id "{id}" ({name})' },
  'ledger.unit.register': {
    zh: '先在 data/units.yaml 登记该单位，或改用已登记的单位代码',
    en: 'register the unit in data/units.yaml first, or use the id of a registered unit',
  },
  'ledger.year': { zh: '与文件名一致的年份 {named}', en: 'the year in the file name, {named}' },
  'ledger.year.suggestion': {
    zh: '改为 year: {named}，或把文件改名为 {year}.yaml',
    en: 'write year: {named}, or rename the file to {year}.yaml',
  },
  'ledger.monthInYear': { zh: '{year} 年内的月份', en: 'a month in {year}' },
  'ledger.dateInYear': { zh: '{year} 年内的日期', en: 'a date in {year}' },

  // key projects (project-ledger)
  'ledger.projects.amount': { zh: '{amount} {unit}', en: '{amount} {unit}' },
  'ledger.projects.idTwice': { zh: '每个项目代码只出现一次', en: 'each project id once' },
  'ledger.projects.idTwice.got': {
    zh: '"{id}" 重复（第一次在 {first}）',
    en: '"{id}" again (first at {first})',
  },
  'ledger.projects.idTwice.suggestion': { zh: '改用一个新的项目代码', en: 'give the project a new id' },
  'ledger.projects.reserved': {
    zh: '不用 {reserved} 作项目代码（它们是台账其他排列方式的网页地址）',
    en: "a project id other than {reserved} (they are the addresses of the ledger's other orderings)",
  },
  'ledger.projects.reserved.suggestion': { zh: '换一个项目代码', en: 'choose another project id' },
  'ledger.projects.tier': { zh: '本文件 tiers 中的类别（{tiers}）', en: "a tier from this file's tiers ({tiers})" },
  'ledger.projects.person': { zh: '每个项目写明责任人（person）', en: 'a person in charge (person) for every project' },
  'ledger.projects.person.got': { zh: '“{name}”没有责任人', en: '"{name}" has no person in charge' },
  'ledger.projects.person.suggestion': {
    zh: '在该项目下加一行 person: 姓名',
    en: 'add a line person: <name> to the project',
  },
  'ledger.projects.stage': {
    zh: '本文件 stages 中的阶段（{stages}）',
    en: "a stage from this file's stages ({stages})",
  },
  'ledger.projects.inPlace': {
    zh: '到位资金不超过{agreedLabel} {agreed}',
    en: 'funds in place at most the {agreedLabel} of {agreed}',
  },
  'ledger.projects.inPlace.suggestion': {
    zh: '核对到位资金；若{agreedLabel}已增加，请改 agreed 并在 remark 说明',
    en: 'check the funds in place; if the {agreedLabel} has grown, correct agreed and say so in remark',
  },
  'ledger.projects.stageBack': {
    zh: '阶段不倒退（上月已是“{stage}”），倒退须写 remark 说明原因',
    en: 'a stage that does not go back (last month was "{stage}"), or a remark saying why',
  },
  'ledger.projects.stageBack.got': { zh: '“{stage}”且没有 remark', en: '"{stage}" with no remark' },
  'ledger.projects.stageBack.suggestion': {
    zh: '改正阶段，或加一行 remark: 说明原因',
    en: 'correct the stage, or add a line remark: <why>',
  },
  'ledger.projects.monthGap': {
    zh: '逐月不缺：上一行是 {previous}，这一行应是 {wanted}',
    en: 'no month missing: the line before is {previous}, so this one should be {wanted}',
  },
  'ledger.projects.monthGap.fill': {
    zh: '补上 {wanted} 至 {month} 之间缺的月份',
    en: 'add the missing months from {wanted} up to {month}',
  },
  'ledger.projects.monthGap.order': {
    zh: '按月份先后排列，删去重复的月份',
    en: 'put the months in order and delete repeated ones',
  },
  'ledger.projects.upTo': {
    zh: '逐月记录到台账最新月份 {last}',
    en: "monthly records up to the ledger's latest month, {last}",
  },
  'ledger.projects.upTo.got': { zh: '只记到 {final}', en: 'records only up to {final}' },
  'ledger.projects.upTo.suggestion': { zh: '补上 {next} 起各月的记录', en: 'add the records from {next} on' },
  'ledger.projects.funds': {
    zh: '{unit} 各项目 {period} 到位资金合计不超过该单位当月{name} {figure} {money}',
    en: "the funds in place of {unit}'s projects in {period} at most the unit's {name} that month, {figure} {money}",
  },
  'ledger.projects.funds.got': {
    zh: '合计 {sum} {money}（{count} 个项目）',
    en: '{sum} {money} in all ({count} projects)',
  },
  'ledger.projects.funds.suggestion': {
    zh: '核对项目台账与 {period} 月报中 {unit} 的{name}，改正有误的一方',
    en: "compare the ledger with {unit}'s {name} in the {period} report, and correct whichever is wrong",
  },

  // events (event-signings)
  'ledger.events.idTwice': { zh: '每个活动代码只出现一次', en: 'each event id once' },
  'ledger.events.idTwice.got': { zh: '"{id}" 重复', en: '"{id}" again' },
  'ledger.events.idTwice.suggestion': { zh: '改用一个新的活动代码', en: 'give the event a new id' },
  'ledger.events.follower': {
    zh: '每个签约项目写明跟踪责任人（follower）',
    en: 'a follow-up person (follower) for every signing',
  },
  'ledger.events.follower.got': { zh: '“{name}”没有跟踪责任人', en: '"{name}" has no follow-up person' },
  'ledger.events.follower.suggestion': {
    zh: '在该项目下加一行 follower: 姓名',
    en: 'add a line follower: <name> to the signing',
  },
  'ledger.events.step': { zh: '本文件 steps 中的一步（{steps}）', en: "a step from this file's steps ({steps})" },
  'ledger.events.project': { zh: '{year} 年台账中的项目代码', en: "a project id from {year}'s ledger" },
  'ledger.events.project.suggestion': {
    zh: '核对台账中的项目代码，或删去 project 一行',
    en: "check the ledger's project ids, or delete the project line",
  },
  'ledger.events.ledgerFile': {
    zh: '{year} 年的台账文件 data/projects/{year}.yaml',
    en: "{year}'s ledger file, data/projects/{year}.yaml",
  },
  'ledger.events.ledgerFile.suggestion': {
    zh: '先建台账文件，或删去 project 一行',
    en: 'create the ledger file first, or delete the project line',
  },
  'ledger.events.acrossYears': {
    zh: '活动代码在各年文件中只用一次（/events/<代码>/ 是活动的网页地址）',
    en: "an event id used once across the years' files (/events/<id>/ is the event's page)",
  },
  'ledger.events.acrossYears.got': { zh: '"{id}" 已在 {earlier} 用过', en: '"{id}" already used in {earlier}' },
  'ledger.events.acrossYears.suggestion': {
    zh: '改用新的代码，如 "{id}-{year}"',
    en: 'use a new id, e.g. "{id}-{year}"',
  },

  // cooperation projects (cooperation-projects)
  'ledger.cooperation.minimum': {
    zh: '每个项目不少于 {minimum} {unit}',
    en: 'at least {minimum} {unit} for every project',
  },
  'ledger.cooperation.minimum.suggestion': {
    zh: '不足 {minimum} {unit} 的项目不计入，删去这一项；若金额写错请改正',
    en: 'a project under {minimum} {unit} does not count: delete it, or correct the amount if it is wrong',
  },
  'ledger.cooperation.signedOn': { zh: '{year} 年内的签约日期', en: 'a signing date in {year}' },

  // service environment (service-quarters)
  'ledger.service.order': {
    zh: '季度按 1—4 排列、各一次（上一项是第 {previous} 季度）',
    en: 'quarters 1–4 in order, each once (the one before is quarter {previous})',
  },
  'ledger.service.date': { zh: '召开了座谈会就写明日期（date）', en: 'the date of a forum held (date)' },
  'ledger.service.date.got': { zh: '没有 date', en: 'no date' },
  'ledger.service.date.suggestion': { zh: '加一行 date: YYYY-MM-DD', en: 'add a line date: YYYY-MM-DD' },
  'ledger.service.dateInQuarter': {
    zh: '{year} 年第 {quarter} 季度内的日期',
    en: 'a date in quarter {quarter} of {year}',
  },
  'ledger.service.over': { zh: '不超过{name} {limit} 件', en: 'at most the {limit} {name}' },
  'ledger.service.cases': { zh: '{count} 件', en: '{count}' },
  'ledger.service.over.suggestion': { zh: '核对投诉登记表', en: 'check the register of complaints' },
  'ledger.service.received': { zh: '受理', en: 'received' },
  'ledger.service.verified': { zh: '查实', en: 'verified' },
});
