/** The validator's own words: the issue format, file places, required files, a rule that failed. */
import { defineMessages } from './catalogue.ts';

export const validateMessages = defineMessages({
  'validate.ruleFailed.expected': { zh: '检查“{rule}”正常完成', en: 'the check "{rule}" to finish' },
  'validate.ruleFailed.got': { zh: '检查“{rule}”自身出错：{error}', en: 'the check "{rule}" itself failed: {error}' },
  'validate.ruleFailed.suggestion': {
    zh: '这不是数据的错，其他检查照常进行：请把这一行告诉维护网站的同事',
    en: 'not a mistake in the data, and the other checks ran: report this line to the developers',
  },
  'validate.zod.aNumber': { zh: '数字', en: 'a number' },
  'validate.zod.aWholeNumber': { zh: '整数', en: 'a whole number' },
  'validate.zod.text': { zh: '文字', en: 'text' },
  'validate.zod.trueOrFalse': { zh: 'true 或 false', en: 'true or false' },
  'validate.zod.mapping': { zh: '几行“字段: 值”', en: 'a mapping (key: value lines)' },
  'validate.zod.list': { zh: '一个列表（以 - 开头的几行）', en: 'a list (lines starting with -)' },
  'validate.zod.atLeastOneItem': { zh: '至少 {limit} 项', en: 'at least {limit} item' },
  'validate.zod.atLeastItems': { zh: '至少 {limit} 项', en: 'at least {limit} items' },
  'validate.zod.oneOfFields': { zh: '这些字段之一：{fields}', en: 'one of the fields {fields}' },
  'validate.zod.format.id': {
    zh: '由小写字母、数字和短横线组成的代码（如 dazhong）',
    en: 'an id of lower-case letters, digits and dashes',
  },
  'validate.zod.format.date': { zh: '写成 YYYY-MM-DD 的日期（如 2005-05-05）', en: 'a date written YYYY-MM-DD' },
  'validate.zod.format.period': {
    zh: '写成 YYYY-MM 的月份（如 2005-04，月份写两位）',
    en: 'a period written YYYY-MM',
  },
  'validate.zod.atMostItems': { zh: '至多 {limit} 项', en: 'at most {limit} items' },
  'validate.zod.nonEmptyText': { zh: '不能空着的文字', en: 'non-empty text' },
  'validate.zod.textOfAtMost': { zh: '不超过 {limit} 个字的文字', en: 'text of at most {limit} characters' },
  'validate.zod.tooLong': {
    zh: '这里写了 {length} 个字，请压缩到 {limit} 个字以内（名称写简称；备注写要点，详细材料另附）',
    en: 'this is {length} characters; shorten it to {limit} (a short name; the gist in a remark, details elsewhere)',
  },
  'validate.zod.numberBound': { zh: '{op} {limit} 的数', en: 'a number {op} {limit}' },
  'validate.zod.nan': { zh: '.nan（不是数字）', en: '.nan (not a number)' },
  'validate.zod.infinity': { zh: '{sign}.inf（无穷大）', en: '{sign}.inf (infinity)' },
  'validate.zod.requiredField': {
    zh: '这个字段必须写：加一行“{key}: …”',
    en: 'this field is required: add a line "{key}: …"',
  },
  'validate.zod.requiredItem': { zh: '这一项必须写', en: 'this item is required' },
  'validate.zod.finiteNumber': { zh: '一个具体的数', en: 'a finite number' },
  'validate.zod.finiteNumber.suggestion': {
    zh: '用数字写出金额；没有就写 0',
    en: 'write the figure in digits, e.g. 0 if there was none',
  },
  'validate.zod.zeroTarget': {
    zh: '这个单位没有这项目标的话，删掉这一行（网页上显示 —）',
    en: 'leave the indicator out if the unit has no target (the page shows —)',
  },
  'validate.zod.negative': {
    zh: '金额不能是负数：核对正负号；累计数确实减少（核减）时，数字仍写减少后的累计数',
    en: 'amounts are never negative: check the sign',
  },
  'validate.zod.or': { zh: '或', en: ' or ' },
  'validate.zod.oneOf': { zh: '{values}之一', en: 'one of {values}' },
  'validate.zod.target': {
    zh: '大于 0 的数，或“base: 确保目标”和“stretch: 力争目标”两行',
    en: 'a number > 0 or a mapping {base, stretch}',
  },
  'validate.zod.noSuchField': { zh: '这里不能有字段', en: 'no such field' },
  'validate.zod.unknownField': { zh: '不认识的字段“{shown}”', en: 'the unknown field "{shown}"' },
  'validate.zod.invisibleInFieldName': {
    zh: '字段名里有看不见的字符（显示为 \\uXXXX）：删掉字段名重新输入',
    en: 'the name holds an invisible character (shown as \\uXXXX); delete the name and type it again',
  },
  'validate.issues.null': { zh: '空白（冒号后面什么也没写）', en: 'null (empty)' },
  'validate.issues.list': { zh: '一个列表（以 - 开头的几行）', en: 'a list' },
  'validate.issues.mapping': { zh: '几行“字段: 值”', en: 'a mapping' },
  'validate.issues.sameMistake': {
    zh: '…… {file} 中同样的问题还有 {more} 处（{field}）',
    en: '… and {more} more of the same in {file} ({field})',
  },
  'validate.place.extension': { zh: '扩展名用 .yaml：改名为 {yaml}', en: 'use the extension .yaml: {yaml}' },
  'validate.place.expected': {
    zh: '放在规定位置的数据文件（{places}）',
    en: 'a data file at a known place ({places})',
  },
  'validate.suggest.halfWidth': {
    zh: '用半角数字：写 {number}，不要写 {trimmed}',
    en: 'use half-width digits: write {number}, not {trimmed}',
  },
  'validate.suggest.thousands': {
    zh: '写 {number}，不要写 {trimmed}（不加千分位逗号）',
    en: 'write {number}, not {trimmed} (no thousands separators)',
  },
  'validate.suggest.percentage': {
    zh: '写金额，不要写百分比；完成率由网站自动计算',
    en: 'write the amount, not a percentage; the site computes 完成率 itself',
  },
  'validate.suggest.counted': {
    zh: '只写数字：{number}，不要写 {trimmed}',
    en: 'write the number alone: {number}, not {trimmed}',
  },
  'validate.suggest.embedded': { zh: '只写数字：{number}', en: 'write only the number: {number}' },
  'validate.suggest.invisibleSpaces': {
    zh: '数字前后有看不见的空格（{spaces}，多半是从表格粘贴或全角输入带来的）：删掉数字前后的空格，只留 {trimmed}',
    en: 'the number has invisible spaces around it ({spaces}): delete them and keep {trimmed}',
  },
  'validate.suggest.quotedNumber': {
    zh: '去掉引号：写 {trimmed}，不要写 "{trimmed}"',
    en: 'remove the quotes: write {trimmed}, not "{trimmed}"',
  },
  'validate.suggest.ranking': {
    zh: '加上排名办法（可照抄上年的计划），例如：ranking: { method: composite, weights: { 指标代码: 权重, 指标代码: 权重 }, tieDecimals: 1, tieRule: 写明并列规则 }；只按一个指标排名的写 method: indicator, indicator: 指标代码',
    en: "add the ranking rule (copy last year's), e.g. ranking: { method: composite, weights: { <indicator>: <weight> }, tieDecimals: 1, tieRule: <the tie rule in words> }",
  },
  'validate.suggest.bands': {
    zh: '加上色带（从高到低，可照抄上年的计划），例如：bands: [{ id: ahead, label: 达到或超过序时进度, symbol: ▲, minGap: 0, tone: good }, { id: behind, label: 落后序时进度, symbol: ▼, tone: bad }]',
    en: "add the colour bands, highest first (copy last year's), e.g. bands: [{ id: ahead, label: …, symbol: ▲, minGap: 0, tone: good }, { id: behind, label: …, symbol: ▼, tone: bad }]",
  },
  'validate.suggest.quotedBoolean': {
    zh: '去掉引号：写 {text}，不要写 "{text}"',
    en: 'remove the quotes: write {text}, not "{text}"',
  },
  'validate.suggest.yesNo': {
    zh: '写 {value}（“{text}”会被当作文字，不是“是/否”）',
    en: 'write {value}; in YAML 1.2 "{text}" is text, not a yes/no value',
  },
  'validate.suggest.boolean': { zh: '写 true（是）或 false（否）', en: 'write true or false' },
  'validate.suggest.date': { zh: '写成 {date}', en: 'write {date}' },
  'validate.hidden.bidi': {
    zh: '改变文字方向的字符，会让文字倒着或错位显示',
    en: 'a text-direction control that can make the text read backwards',
  },
  'validate.hidden.control': { zh: '控制字符', en: 'a control character' },
  'validate.hidden.zeroWidth': { zh: '零宽或不可见的字符', en: 'a zero-width or invisible character' },
  'validate.hidden.expected': {
    zh: '看得见的文字（不能含控制字符、零宽字符或改变文字方向的字符）',
    en: 'visible text only (no control, zero-width or text-direction characters)',
  },
  'validate.github.inThisFile': {
    zh: '（这个文件共 {n} 处问题，全部列在日志和本次运行的摘要 Summary 里）',
    en: " ({n} problems in this file: all are listed in the log and the run's Summary)",
  },
  'validate.github.passed': {
    zh: '## 数据检查通过\n\n没有发现问题。\n',
    en: '## Data check passed\n\nNo problems found.\n',
  },
  'validate.github.count': { zh: '（{count} 处）', en: ' ({count})' },
  'validate.github.andMore': { zh: '（及另外 {more} 处）', en: ' (and {more} more)' },
  'validate.github.moreFiles': {
    zh: '……另有 {more} 个文件有问题，见日志。',
    en: '… and {more} more files with problems: see the log.',
  },
  'validate.files.required': { zh: '有这个文件', en: 'the file to exist' },
  'validate.files.required.got': { zh: '没有这个文件', en: 'no such file' },
  'validate.files.required.suggestion': {
    zh: '从 git 恢复它（git checkout -- {prefix}{name}）',
    en: 'restore it from git (git checkout -- {prefix}{name})',
  },
  'validate.issues.body': {
    zh: '{warning}应为：{expected}；实际：{got}{tip}',
    en: '{warning}expected {expected}, got {got}{tip}',
  },
  'validate.issues.warning': { zh: '【提醒】', en: 'warning: ' },
  'validate.issues.tip': { zh: '。建议：{suggestion}', en: ' — {suggestion}' },
  /** One issue on one line: `文件:行:列 字段 应为：…` / `file:line:col field: expected …`. */
  'validate.issues.line': { zh: '{where}{field} {body}', en: '{where}{field}: {body}' },
  'validate.issues.githubField': { zh: '{field} ', en: '{field}: ' },
  'validate.github.restOfFiles': {
    zh:
      '\n\n另有 {files} 个文件也有问题（GitHub 每一步只显示 {limit} 条标注），文件和行号：\n{list}{more}\n' +
      '每一处问题都列在日志和本次运行的摘要 Summary 里。',
    en:
      '\n\n{files} more files have problems too (GitHub shows {limit} annotations a step), file and line:\n' +
      "{list}{more}\nEvery problem is listed in the log and in the run's Summary.",
  },
  'validate.github.restOfFiles.more': { zh: '……等 {more} 个', en: ' … and {more} more' },
  'validate.github.summary.failed': {
    zh:
      '## 数据检查未通过：{errors} 处错误、{warnings} 处提醒，涉及 {files} 个文件\n\n' +
      '每一行：行:列 字段 问题。GitHub 每一步只把前 {limit} 条错误和 {limit} 条提醒标在文件上，这里列出全部。\n',
    en:
      '## Data check failed: {errors} error(s), {warnings} warning(s) in {files} file(s)\n\n' +
      'Each line: line:col field problem. GitHub marks only the first {limit} errors and {limit} warnings ' +
      'of a step on the files; all are listed here.\n',
  },
  'validate.github.summary.passed': {
    zh:
      '## 数据检查通过：{errors} 处错误、{warnings} 处提醒，涉及 {files} 个文件\n\n' +
      '每一行：行:列 字段 问题。GitHub 每一步只把前 {limit} 条错误和 {limit} 条提醒标在文件上，这里列出全部。\n',
    en:
      '## Data check passed: {errors} error(s), {warnings} warning(s) in {files} file(s)\n\n' +
      'Each line: line:col field problem. GitHub marks only the first {limit} errors and {limit} warnings ' +
      'of a step on the files; all are listed here.\n',
  },
  'validate.hidden.codes': { zh: '{codes}（{kind}）', en: '{codes} ({kind})' },
  'validate.hidden.kindSeparator': { zh: '，', en: '; ' },
  'validate.hidden.got': { zh: '“{excerpt}”，含有看不见的 {named}', en: '"{excerpt}", holding the invisible {named}' },
  'validate.hidden.suggestion': {
    zh: '删掉{what}，手工重新输入（从网页、微信或 Word 复制来的文字常带着这类字符；显示为 \\uXXXX 的就是它们）',
    en:
      'delete the {what} and type it again by hand (text copied from web pages, chat apps or Word often carries ' +
      'such characters; they are shown as \\uXXXX)',
  },
  'validate.hidden.fieldName': { zh: '字段名', en: 'field name' },
  'validate.hidden.text': { zh: '这段文字', en: 'text' },
  'validate.place.places': { zh: '{some} 或 {last}', en: '{some} or {last}' },
  'validate.place.got': { zh: '文件“{file}”', en: 'the file "{file}"' },
  'validate.suggest.sameMeaning': {
    zh: '写“{meant}”（“{written}”不是规定的写法）',
    en: 'write "{meant}" ("{written}" is not one of the values)',
  },
  'validate.suggest.wan': {
    zh: '数字的单位已经是{unit}：写 {number}，不要写 {trimmed}',
    en: "figures are already in the indicator's unit ({unit}): write {number}, not {trimmed}",
  },
  'validate.suggest.wanNoUnit': {
    zh: '数字的单位已经是指标规定的单位：写 {number}，不要写 {trimmed}',
    en: "figures are already in the indicator's unit: write {number}, not {trimmed}",
  },
  'validate.place.twoDigitMonth': {
    zh: '改名为 {year}-0{month}.yaml（月份写两位）',
    en: 'name it {year}-0{month}.yaml (two-digit month)',
  },
  'validate.place.yearFolder': {
    zh: '放进当年的文件夹：reports/{year}/{file}',
    en: "move it into its year's folder: reports/{year}/{file}",
  },
  'validate.place.exactName': {
    zh: '改名为 {period}.yaml（不要空格、“(1)”、“月”字或多余的扩展名）',
    en: 'rename it to exactly {period}.yaml (no spaces, copies\' "(1)", 月 or extra extensions)',
  },
  // The summary of a check that passed: npm run validate and the build (validate/summary.ts)
  'validate.summary.draft': {
    zh: '注意：{file} 是草稿（status: draft），本次不发布；填完后把 status 改为 published。',
    en: 'note: {file} is a draft (status: draft) and is not published; set status: published when it is complete.',
  },
  'validate.summary.draftInPreview': {
    zh: '注意：{file} 是草稿（status: draft），只在预览中显示。',
    en: 'note: {file} is a draft (status: draft), shown in the preview only.',
  },
  'validate.summary.passed': { zh: '✓ 检查通过：{data}/ 共 {counts}。', en: '✓ {data}/ is valid: {counts}.' },
  'validate.summary.counts': {
    zh: '{units} 个单位，{plans} 个年度计划，{reports} 个月的报表{warnings}',
    en: '{units} units, {plans} plan(s), {reports} monthly reports{warnings}',
  },
  'validate.summary.counts.warnings': {
    zh: '，{warnings} 处提醒（不影响发布，请核对）',
    en: ', {warnings} warning(s)',
  },
});
