/**
 * The messages of the cross-file rules on the registry, plans and monthly reports
 * (src/lib/validate/rules/). A key without a suffix is what the rule expected; `.got` what it
 * found, `.suggestion` the tip.
 */
import { defineMessages } from './catalogue.ts';

export const rulesMessages = defineMessages({
  // shared by several rules
  'rules.unitId': { zh: 'data/units.yaml 里的单位代码', en: 'a unit id from data/units.yaml' },
  'rules.activeUnit': { zh: '{year} 年参加考核的单位', en: 'a unit active in {year}' },
  'rules.activeUnit.got': { zh: '“{unit}”（考核年份：{years}）', en: '"{unit}" (active {years})' },
  'rules.activeYears.from': { zh: '{from} 年起', en: 'from {from}' },
  'rules.activeYears.between': { zh: '{from}—{until} 年', en: '{from}–{until}' },
  'rules.mergeEntries': { zh: '把两项合并成一项', en: 'merge the two entries into one' },
  'rules.indicatorThisYear': {
    zh: '今年考核的指标（{indicators}）',
    en: 'an indicator tracked this year ({indicators})',
  },

  // registry
  'rules.registry.groupTwice': { zh: '每个分组代码只用一次', en: 'a group id used once' },
  'rules.registry.groupTwice.suggestion': { zh: '给这个分组换一个代码', en: 'give this group another id' },
  'rules.registry.unitTwice': { zh: '每个单位代码只用一次', en: 'a unit id used once' },
  'rules.registry.unitTwice.suggestion': {
    zh: '每个单位用自己的代码；单位更名时保留原代码，只改 name',
    en: 'give each unit its own id; a renamed unit keeps its old id',
  },
  'rules.registry.group': { zh: '这些分组之一：{groups}', en: 'one of the groups {groups}' },
  'rules.registry.mergedFrom': { zh: '本文件里已有的单位代码', en: 'a unit id from this file' },
  'rules.registry.mergedActive': {
    zh: '{from} 年以前已经撤销的单位（activeUntil ≤ {until}）',
    en: 'a unit that ended before {from} (activeUntil ≤ {until})',
  },
  'rules.registry.mergedActive.gotActive': { zh: '“{id}”（仍在考核）', en: '"{id}" (still active)' },
  'rules.registry.mergedActive.gotUntil': { zh: '“{id}”（考核到 {ended} 年）', en: '"{id}" (active until {ended})' },
  'rules.registry.mergedActive.suggestion': {
    zh: '给“{id}”写上 activeUntil: {until}',
    en: 'set activeUntil: {until} on "{id}"',
  },
  'rules.registry.activeUntil': { zh: '不早于 activeFrom（{from}）的年份', en: 'a year ≥ activeFrom ({from})' },
  'rules.registry.activeUntil.suggestion': { zh: '核对起止年份', en: 'check the first and last years' },
  'rules.registry.indicatorTwice': { zh: '每个指标代码只用一次', en: 'an indicator id used once' },
  'rules.registry.warnAbove': { zh: '这些指标之一：{indicators}', en: 'one of the indicators {indicators}' },

  // plan
  'rules.plan.year': { zh: '与文件名一致的年份（{fileYear}）', en: 'the year in the file name ({fileYear})' },
  'rules.plan.year.suggestion': {
    zh: '写“year: {fileYear}”，或把文件改名为 {renamed}',
    en: 'write "year: {fileYear}", or rename the file to {renamed}',
  },
  'rules.plan.indicator': {
    zh: 'data/indicators.yaml 里的指标代码（{known}）',
    en: 'an indicator from data/indicators.yaml ({known})',
  },
  'rules.plan.cityTargetIndicator': {
    zh: 'indicators 里列出的指标（{indicators}）',
    en: 'an indicator listed in indicators ({indicators})',
  },
  'rules.plan.cityTarget': { zh: '每个指标都有全市目标', en: 'a city target for every indicator' },
  'rules.plan.cityTarget.got': { zh: '“{id}”没有全市目标', en: 'no target for "{id}"' },
  'rules.plan.cityTarget.suggestion': {
    zh: '在 cityTargets 下面加一行“{id}: 金额”',
    en: 'add a line "{id}: <amount>" under cityTargets',
  },
  'rules.plan.indicatorId': { zh: '指标代码', en: '<indicator id>' },
  'rules.plan.oneOf': { zh: '这些指标之一：{indicators}', en: 'one of {indicators}' },
  'rules.plan.rankBy': { zh: '按哪个指标排名（ranking.indicator）', en: 'an indicator to rank by (ranking.indicator)' },
  'rules.plan.rankBy.suggestion': {
    zh: '在 ranking 下面加一行“indicator: {example}”',
    en: 'add a line "indicator: {example}" under ranking',
  },
  'rules.plan.weights': { zh: '各指标的权重（ranking.weights）', en: 'weights per indicator (ranking.weights)' },
  'rules.plan.weights.suggestion': {
    zh: '在 ranking 下面加“weights:”，每个指标一行，如“{example}: 0.5”',
    en: 'add "weights:" under ranking, one line per indicator, e.g. "{example}: 0.5"',
  },
  'rules.plan.lastBandGap': {
    zh: '最后一档不写 minGap（它包括以下所有）',
    en: 'no minGap on the bottom band (it takes everything below)',
  },
  'rules.plan.lastBandGap.suggestion': { zh: '删掉最后一档的 minGap 行', en: "delete the bottom band's minGap line" },
  'rules.plan.bandGap': {
    zh: '除最后一档外每档都有 minGap（百分点）',
    en: 'a minGap (percentage points) on every band but the last',
  },
  'rules.plan.bandGap.suggestion': {
    zh: '加一行“minGap: 数字”，如 minGap: 0（达到或超过时序进度）',
    en: 'add a line "minGap: <number>", e.g. minGap: 0 (at or ahead of the pace)',
  },
  'rules.plan.bandOrder': { zh: '比上一档（{previous}）小的 minGap', en: 'a minGap below the band above ({previous})' },
  'rules.plan.bandOrder.suggestion': { zh: '各档从高到低排列', en: 'list bands from highest to lowest' },
  'rules.plan.inactiveUnit.suggestion': {
    zh: '删掉这个目标，或改正 data/units.yaml 里它的 activeFrom/activeUntil',
    en: 'remove the target or correct activeFrom/activeUntil in data/units.yaml',
  },
  'rules.plan.unitTwice': { zh: '每个单位在 targets 里只出现一次', en: 'each unit once in targets' },
  'rules.plan.unitTwice.got': { zh: '“{unit}”又出现一次', en: '"{unit}" again' },
  'rules.deleteOrFixIndicator': {
    zh: '删掉这一行，或改正指标代码',
    en: 'delete the line, or correct the indicator id',
  },
  'rules.plan.stretch': { zh: '高于确保目标（{base}）的力争目标', en: 'a 力争 target above the 确保 target ({base})' },
  'rules.plan.stretch.suggestion': {
    zh: '核对 base（确保）和 stretch（力争）是否写反了',
    en: 'check whether base (确保) and stretch (力争) are the wrong way round',
  },

  // report-period
  'rules.reportPeriod.fileName': { zh: '与文件名一致的月份（{period}）', en: 'the period in the file name ({period})' },
  'rules.reportPeriod.fileName.suggestion': {
    zh: '改文件名或改 period，让两者一致',
    en: 'rename the file or correct the period so they agree',
  },
  'rules.reportPeriod.folder': { zh: '所在文件夹那一年（{year}）的月份', en: "a period in the folder's year ({year})" },
  'rules.reportPeriod.folder.suggestion': {
    zh: '把文件移到 data/reports/{year}/',
    en: 'move the file to data/reports/{year}/',
  },
  'rules.reportPeriod.plan': {
    zh: '有 {year} 年的计划文件（data/plans/{year}.yaml），这个月才能排名',
    en: 'a plan for {year} (data/plans/{year}.yaml), so this month can be ranked',
  },
  'rules.reportPeriod.plan.got': { zh: '没有 {year} 年的计划', en: 'no plan for {year}' },
  'rules.reportPeriod.plan.suggestion': {
    zh: '先添加 data/plans/{year}.yaml，写好当年的目标任务；在那之前这个月不会发布',
    en: "add data/plans/{year}.yaml with the year's targets first; until then this month would not be published",
  },
  'rules.reportPeriod.publishedOn': {
    zh: '{period} 结束之后的日期（月底后才有 1—N月累计）',
    en: 'a date after {period} ended (1—N月累计 is known only then)',
  },
  'rules.reportPeriod.publishedOn.suggestion': {
    zh: '写通报实际发布的日期',
    en: 'write the date the ranking was announced',
  },
  'rules.reportPeriod.future': {
    zh: '不晚于本月（{current}）的月份',
    en: 'a period up to the current month ({current})',
  },
  'rules.reportPeriod.future.got': { zh: '“{period}”（还没到）', en: '"{period}" (in the future)' },
  'rules.reportPeriod.future.suggestion': { zh: '核对年份和月份', en: 'check the year and month' },
  'rules.reportPeriod.gap': { zh: '这个月之前先有 {missing} 的报表', en: 'the report for {missing} before this one' },
  'rules.reportPeriod.gap.got': { zh: '没有文件 {file}', en: 'no file {file}' },
  'rules.reportPeriod.gap.suggestion': {
    zh: '补上缺的那个月（没有报送的单位可以写 status: {status}）',
    en: 'add the missing month (units that did not report can be marked {status})',
  },

  // report-units
  'rules.reportUnits.writeId': {
    zh: '这里写单位代码：“{id}”（{name}）',
    en: 'write the unit\'s id: "{id}" ({name})',
  },
  'rules.reportUnits.inactive.suggestion': {
    zh: '删掉这一项，或改正 data/units.yaml 里它的 activeFrom/activeUntil',
    en: 'remove the entry, or correct activeFrom/activeUntil in data/units.yaml',
  },
  'rules.reportUnits.twice': { zh: '每个单位在一个月的报表里只出现一次', en: 'each unit once per report' },
  'rules.reportUnits.twice.got': {
    zh: '“{unit}”又出现一次（第一次在 {first}）',
    en: '"{unit}" again (first at {first})',
  },
  'rules.reportUnits.missingWithFigures': {
    zh: '标为{status}的单位不写数字',
    en: 'no figures for a unit marked {status}',
  },
  'rules.reportUnits.missingWithFigures.gotBlank': { zh: '空着的 {id} 一行', en: 'an empty {id} line' },
  'rules.reportUnits.missingWithFigures.deleteLine': { zh: '删掉这一行', en: 'delete this line' },
  'rules.reportUnits.missingWithFigures.suggestion': {
    zh: '删掉这个数字；如果这个单位其实报了，就删掉“status: {status}”',
    en: 'delete the figure, or delete "status: {status}" if the unit did report',
  },
  'rules.reportUnits.blank': { zh: '一个数字（1—N月累计）', en: 'a number (the 1—N月累计)' },
  'rules.reportUnits.blank.got': { zh: '空白', en: 'a blank' },
  'rules.reportUnits.blank.gotDraft': {
    zh: '空白（草稿：填完之前不发布）',
    en: 'a blank (draft: not published until filled in)',
  },
  'rules.reportUnits.blank.suggestion': {
    zh: '填上数字；这个单位没有报送的话，删掉它的各个数字行，写“status: {status}”',
    en: 'fill in the figure; if the unit did not report, delete its figure lines and write "status: {status}"',
  },
  'rules.reportUnits.indicator': {
    zh: '{year} 年考核的指标（{indicators}）',
    en: 'an indicator tracked in {year} ({indicators})',
  },
  'rules.reportUnits.figure': { zh: '{id} 的数字', en: 'a figure for {id}' },
  'rules.reportUnits.figure.suggestion': {
    zh: '加一行“{id}: 数字”（确实没有就写 0）；这个单位没有报送的话，写“status: {status}”',
    en: 'write "{id}: 0" if the unit had none, or "status: {status}" if it did not report',
  },
  'rules.reportUnits.everyUnit': {
    zh: '{year} 年每个考核单位各有一项',
    en: 'an entry for every unit active in {year}',
  },
  'rules.reportUnits.everyUnit.got': { zh: '没有“{id}”（{name}）', en: 'no entry for "{id}" ({name})' },
  'rules.reportUnits.everyUnit.suggestion': {
    zh: '加上“- unit: {id}”和它的数字；没有报送就写“status: {status}”',
    en: 'add "- unit: {id}" with its figures, or with "status: {status}"',
  },

  // cumulative
  'rules.cumulative.fall': {
    zh: '不小于 {period} 报的累计 {before}（累计数逐月不减）',
    en: 'at least {before} (the 累计 reported for {period})',
  },
  'rules.cumulative.fall.earlierWrong': {
    zh:
      '本月的 {value} 不小于 {earlier} 的 {earlierValue}，只比 {period} 的 {before} 小，可能是 {period} 的数字写错或改过：' +
      '请核对 {at}；若是本月写错，就改这里；若确实减少（合同核减、撤资），' +
      '在 data/revisions/{year}.yaml 的 adjustments: 下写一条核减（日期、单位、指标、核减额、原因）',
    en:
      "this figure ({value}) fits {earlier} ({earlierValue}) but {period}'s {before} is above both: " +
      "if {period}'s figure is the wrong one, correct it at {at}; else correct this one; if the figure really fell " +
      '(a contract cut, a withdrawal), record a 核减 under adjustments: in data/revisions/{year}.yaml',
  },
  'rules.cumulative.fall.monthAlone': {
    zh:
      '数字是 1—N月累计（全年到本月的合计），不是当月数：是不是要写 {before} + {value} = {sum}？' +
      '若是 {period} 的数字写错或改过，请改 {at}；若确实减少（合同核减、撤资），' +
      '在 data/revisions/{year}.yaml 的 adjustments: 下写一条核减（日期、单位、指标、核减额、原因）',
    en:
      'figures are 1–N月累计 (year to date), not the month alone: did you mean {before} + {value} = {sum}? ' +
      "if {period}'s figure is the wrong one, correct it at {at}; if the figure really fell " +
      '(a contract cut, a withdrawal), record a 核减 under adjustments: in data/revisions/{year}.yaml',
  },
  'rules.cumulative.belowCut': {
    zh: '不小于 {least}（{period} 的累计 {before} 减去核减 {cut}）',
    en: "at least {least} ({period}'s {before} less the 核减 of {cut})",
  },
  'rules.cumulative.belowCut.suggestion': {
    zh: '核减额不够解释这次下降：核对数字，或改正 data/revisions/{year}.yaml 里的核减额（amount）',
    en: 'the 核减 does not explain this fall: check the figure, or correct its amount in data/revisions/{year}.yaml',
  },
  'rules.cumulative.rise': {
    zh: '一个月的增量不超过全年目标（{target}）',
    en: "a month's rise within the year's target ({target})",
  },
  'rules.cumulative.rise.suggestion': { zh: '核对是不是多打了一位数', en: 'check for an extra digit' },
  'rules.cumulative.above': {
    zh: '{indicator}不超过{other}（{ceiling}）',
    en: '{indicator} at most {other} ({ceiling})',
  },
  'rules.cumulative.above.suggestion': {
    zh: '往年签约的项目本年到资时可能出现，请核对数字',
    en: 'possible when capital arrives for contracts signed in earlier years; check the figure',
  },

  // plausible
  'rules.plausible.january': {
    zh: '1 月的累计从 0 起算（不等于上年 12 月的累计）',
    en: "January's 累计 starting again from 0 (not equal to last December's)",
  },
  'rules.plausible.january.got': {
    zh: '与 {year} 年 12 月完全相同（{figures}）',
    en: 'exactly the same as December {year} ({figures})',
  },
  'rules.plausible.january.suggestion': {
    zh: '是不是照抄了上年 12 月的数字？1 月只填 1 月的数；确实相同的，在这个单位的 remark 里写“{checked}：原因”',
    en:
      "were last December's figures copied? January holds January alone; if they really are the same, " +
      'write "{checked}: <reason>" in this unit\'s remark',
  },
  'rules.plausible.januaryOf': { zh: '{year} 年 1 月', en: 'January {year}' },
  'rules.plausible.monthOf': { zh: '{month} 月', en: 'month {month}' },
  'rules.plausible.jump': {
    zh: '本月新增不超过上月新增（{before}）的 10 倍，或不超过上月累计（{last}）',
    en: "this month's increase at most 10 times last month's ({before}), or at most last month's 累计 ({last})",
  },
  'rules.plausible.jump.got': {
    zh: '{last} → {now}，新增 {increase}',
    en: '{last} → {now}, an increase of {increase}',
  },
  'rules.plausible.jump.suggestion': {
    zh: '核对是不是多打了一位数（{lastPeriod}只新增 {before}）；确实如此的，在这个单位的 remark 里写“{checked}：原因”',
    en:
      'check for an extra digit ({lastPeriod} added only {before}); if it is right, ' +
      'write "{checked}: <reason>" in this unit\'s remark',
  },
  'rules.plausible.nothingMoved': {
    zh: '至少一个单位的累计比上月有变化',
    en: "at least one unit's 累计 changed since last month",
  },
  'rules.plausible.nothingMoved.got': {
    zh: '{count} 个单位的数字都和 {previous} 完全一样',
    en: 'the figures of all {count} units exactly as in {previous}',
  },
  'rules.plausible.nothingMoved.suggestion': {
    zh: '是不是复制了上个月的文件忘了改数字？确实都没有变化的，加一行“note: {checked}：本月各单位均无新增”',
    en:
      "was last month's file copied without changing the figures? If nothing really changed, " +
      'add a line "note: {checked}：本月各单位均无新增"',
  },

  // plan-complete
  'rules.planComplete.example': {
    zh: '- { unit: {unit}, indicator: {indicator}, reason: 写明原因 }',
    en: '- { unit: {unit}, indicator: {indicator}, reason: <why> }',
  },
  'rules.planComplete.targetOf': { zh: '{id}: 目标', en: '{id}: <target>' },
  'rules.planComplete.unit': { zh: '{year} 年每个考核单位都有目标', en: 'targets for every unit active in {year}' },
  'rules.planComplete.unit.got': { zh: '没有{name}（{id}）的{names}目标', en: 'no {names} target for {name} ({id})' },
  'rules.planComplete.unit.suggestion': {
    zh: '在 targets 下加一行“{line}”；确实不下达目标的，在文件末尾 noTargets: 下写“{example}”',
    en: 'add a line "{line}" under targets; if it really has no target, write "{example}" under noTargets: at the end',
  },
  'rules.planComplete.target': {
    zh: '{name}的{names}目标，或在 noTargets 写明不下达的原因',
    en: "{name}'s {names} target, or the reason for none under noTargets",
  },
  'rules.planComplete.target.suggestion': {
    zh: '补上“{indicator}: 目标”；确实不下达目标的，在文件末尾 noTargets: 下写“{example}”',
    en: 'add "{indicator}: <target>"; if it really has no target, write "{example}" under noTargets: at the end',
  },
  'rules.planComplete.both': {
    zh: '{unit} 的 {indicator} 要么有目标，要么写在 noTargets',
    en: "{unit}'s {indicator} either with a target or under noTargets",
  },
  'rules.planComplete.both.got': { zh: '两处都写了', en: 'both' },
  'rules.planComplete.both.suggestion': { zh: '删掉其中一处', en: 'delete one of them' },
  'rules.planComplete.copied': { zh: '{year} 年的目标（与上年不同）', en: "{year}'s own targets (not last year's)" },
  'rules.planComplete.copied.got': {
    zh: '全市和各单位目标与 {last} 年完全相同',
    en: "the city's and every unit's targets exactly as in {last}",
  },
  'rules.planComplete.copied.suggestion': {
    zh: '核对是不是复制了 data/plans/{last}.yaml 后忘了改目标；确实不变的可以不理会这条提醒',
    en: 'check whether data/plans/{last}.yaml was copied and the targets not changed; if they really are the same, ignore this warning',
  },

  // assessments
  'rules.assessments.id': { zh: '"{id}"', en: '"{id}"' },
  'rules.assessments.idTwice': { zh: '每项考核的代码只用一次', en: "each check's id used once" },
  'rules.assessments.idTwice.got': { zh: '"{id}" 重复', en: '"{id}" again' },
  'rules.assessments.idTwice.suggestion': {
    zh: '给这项考核另起一个代码，如 q2、half',
    en: 'give this check another id, e.g. q2 or half',
  },
  'rules.assessments.reserved': {
    zh: '不用 {reserved} 作代码（它们是网站上其他页面的地址）',
    en: 'an id other than {reserved} (they are the addresses of other pages of the site)',
  },
  'rules.assessments.reserved.suggestion': { zh: '换一个代码', en: 'choose another id' },
  'rules.assessments.order': {
    zh: '按月份先后排列（不早于上一项的 {month} 月）',
    en: 'checks in month order (not before the previous one, month {month})',
  },
  'rules.assessments.order.got': { zh: '{month} 月', en: 'month {month}' },
  'rules.assessments.order.suggestion': {
    zh: '把这项考核移到上一项之前',
    en: 'move this check before the previous one',
  },
  'rules.assessments.stretch': {
    zh: '写了力争目标的奖惩时，同时写 stretch: true',
    en: 'stretch: true on a check with consequences for the 力争 target',
  },
  'rules.assessments.stretch.got': { zh: '没有 stretch: true', en: 'no stretch: true' },
  'rules.assessments.stretch.suggestion': {
    zh: '在这项考核里加一行 "stretch: true"',
    en: 'add a line "stretch: true" to this check',
  },
  'rules.assessments.unit': { zh: 'data/units.yaml 中的单位代码', en: 'a unit id from data/units.yaml' },
  'rules.assessments.indicator': {
    zh: '当年考核的指标（{indicators}）',
    en: "an indicator of the year's plan ({indicators})",
  },
  'rules.assessments.check': {
    zh: '本计划 checks 中的考核代码（{checks}）',
    en: "a check id from this plan's checks ({checks})",
  },
});
