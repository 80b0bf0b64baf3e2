/** The clerk's year: new-year and month forms, the month command, serve, and the checks a clerk's year ran into. */
import { defineMessages } from './catalogue.ts';

export const clerkMessages = defineMessages({
  'clerk.newYearAssessments': {
    zh: '# 考核办法照抄了 {last} 年：请逐项核对今年的考核月份、门槛、红黑榜名额和奖惩原文，有变就改。',
    en: "# The assessments are copied from {last}: check each check's month, threshold, list sizes and consequences.",
  },
  'clerk.newYearAssessmentsSource': {
    zh: '  # 考核办法的来源（下一行冒号后面写），如：{year} 年 1 月某日全市工作会议讲话；{lastSource}',
    en: '  # Where the rules come from (write it after the colon below), e.g. a speech of {year}; last year: {lastSource}',
  },
  'clerk.newYearExemptions': {
    zh: '  # {last} 年的免考（每条只管当年）。今年仍有书面批准的，去掉下面各行行首的 #，改成今年的：',
    en: '  # The exemptions of {last} (each for that year only). If approved again, uncomment the lines below:',
  },
  'clerk.newYearReleaseDay': {
    zh: '# 发布日程照抄了 {last} 年：每月排行榜计划在次月几日发布，请核对。',
    en: '# Release day copied from {last}: the day of the following month each ranking is planned for; check it.',
  },

  'clerk.targetSumExpected': {
    zh: '{groups}各单位的{indicator}确保目标之和等于全市目标 {city}',
    en: 'the {indicator} targets of the units in {groups} to add up to the city target {city}',
  },
  'clerk.targetSumOver': {
    zh: '之和 {sum}，比全市目标多 {difference} {unit}',
    en: 'they add up to {sum}, {difference} {unit} more than the city target',
  },
  'clerk.targetSumUnder': {
    zh: '之和 {sum}，比全市目标少 {difference} {unit}',
    en: 'they add up to {sum}, {difference} {unit} less than the city target',
  },
  'clerk.targetSumSuggestion': {
    zh: '多分配（各单位之和大于全市）常见，也允许；核对全市目标和各单位目标有没有笔误。核实过确实如此的，在计划里加一行“targetSumNote: 已核实：原因”，这条提醒就不再出现',
    en: 'over-allocation is common and allowed; check both for typos. If it is meant, add "targetSumNote: <why>" to the plan and this reminder goes away',
  },
  'clerk.decimalsWhole': {
    zh: '{indicator}写整数（data/indicators.yaml 规定 decimals: 0，不带小数）',
    en: 'a whole number for {indicator} (decimals: 0 in data/indicators.yaml)',
  },
  'clerk.decimalsAtMost': {
    zh: '{indicator}最多 {decimals} 位小数（data/indicators.yaml 规定 decimals: {decimals}）',
    en: 'at most {decimals} decimals for {indicator} (decimals: {decimals} in data/indicators.yaml)',
  },
  'clerk.decimalsWholeHint': {
    zh: '网站只显示整数，{value} 会显示成 {rounded}：按报表原数写整数；确实需要小数的，先改 data/indicators.yaml 里这个指标的 decimals',
    en: 'the site shows whole numbers, so {value} would read {rounded}: write the whole figure, or raise the decimals in data/indicators.yaml',
  },
  'clerk.decimalsAtMostHint': {
    zh: '网站只显示 {decimals} 位小数，{value} 会显示成 {rounded}：按报表原数写；确实需要更多小数的，先改 data/indicators.yaml 里这个指标的 decimals',
    en: 'the site shows {decimals} decimals, so {value} would read {rounded}: write the figure as reported, or raise the decimals in data/indicators.yaml',
  },
  'clerk.unknownUnitAdd': {
    zh: '代码写错了的话，照 data/units.yaml 改正；是新设的单位，先在 data/units.yaml 的 units: 下加一行“- { id: {id}, name: 单位全称, group: 分组代码, activeFrom: {period} }”（分组代码：{groups}），再在 data/plans/{year}.yaml 给它定目标',
    en: 'if the id is misspelt, copy it from data/units.yaml; a new unit needs a line under units: in data/units.yaml, "- { id: {id}, name: <full name>, group: <group>, activeFrom: {period} }" (groups: {groups}), and targets in data/plans/{year}.yaml',
  },
  'clerk.unknownUnitId': { zh: '小写拼音代码', en: '<lower-case id>' },
  'clerk.unitNotThisMonth': {
    zh: '{period} 参加考核的单位',
    en: 'a unit active in {period}',
  },
  'clerk.unitNotThisMonthGot': {
    zh: '“{unit}”（考核期：{span}）',
    en: '"{unit}" (active {span})',
  },
  'clerk.unitNotThisMonthHint': {
    zh: '这个月它还没开始（或已经停止）考核：删掉这一项；若它确实从这个月起报送，改正 data/units.yaml 里它的 activeFrom/activeUntil（可以写到月份，如 activeFrom: {period}）',
    en: 'it does not report this month: remove the entry, or correct activeFrom/activeUntil in data/units.yaml (a month is allowed, e.g. activeFrom: {period})',
  },
  'clerk.newYearIllustrative': {
    zh: '# 示意数据（照抄上年）：{year} 年的数字是正式统计就写 false，演示编造的写 true。只管 {year} 年的页面和下载里的“示意数据”提示。',
    en: '# Illustrative (copied from last year): false if the {year} figures are real, true if invented. Only {year} pages and downloads follow it.',
  },
  'clerk.publishedOnPlanned': {
    zh: '发布日程定的日期（{file} 的 releaseDay）；通报实际哪天发布就改成哪天',
    en: 'the day the release calendar plans ({file}, releaseDay); change it if the bulletin goes out on another day',
  },
  'clerk.publishedHeader': {
    zh: '# {period}{subject}完成情况（1—N月累计），{publishedOn} 发布；数字已记入 published.yaml，要改请写更正（revisions/）',
    en: '# {period} {subject} (year to date), published {publishedOn}; recorded in published.yaml: a change needs a revision (revisions/)',
  },
  'clerk.publishedOnToday': { zh: '改为通报实际发布的日期', en: 'change to the day the bulletin is published' },
  'clerk.newYearNotice': {
    zh: '# {year} 年的页面和下载印的“示意数据”提示：下面是 {last} 年的（照抄会说错年份）。{year} 年也是示意数据，就改成说 {year} 年的一句并去掉 #；不写，印 site.yaml 的提示。',
    en: "# The illustrative notice of {year} pages and downloads: {last}'s below (it names the wrong year). Rewrite it for {year} and remove the #; left out, site.yaml's is printed.",
  },
  'clerk.revisionBeforePublished': {
    zh: '不早于 {period} 的发布日期 {publishedOn}（发布以后才有更正）',
    en: 'a date on or after {period} was published ({publishedOn}): a revision follows publication',
  },
  'clerk.revisionBeforePublishedHint': {
    zh: '写决定更正的那一天；发布之前改的数字直接改报表，不用写更正。若是 {period} 的发布日期写错了，改 {file} 里的 publishedOn',
    en: 'write the day the revision was decided; a figure changed before publication needs no revision. If the date {period} was published is wrong, fix publishedOn in {file}',
  },
  'clerk.pastedCellsExpected': { zh: '一个数字（表格里的一格）', en: 'one number (one spreadsheet cell)' },
  'clerk.pastedCellsGot': {
    zh: '“{shown}”：几个单元格连在一起粘贴过来了（中间是 Tab，显示为 ⇥）',
    en: '"{shown}": several spreadsheet cells pasted together (tabs between them, shown ⇥)',
  },
  'clerk.pastedCellsHint': {
    zh: '从 Excel 复制时多带了相邻的格子：这里只留 {first}；{rest} 是不是下一项的数？填到它自己的一行',
    en: 'the copy took the neighbouring cells too: keep {first} here; {rest} probably belongs on the next line',
  },
  'clerk.colonSpaceExpected': {
    zh: '冒号后面有一个空格：“{key}: {value}”',
    en: 'a space after the colon: "{key}: {value}"',
  },
  'clerk.colonSpaceGot': {
    zh: '“{written}”（冒号后面少了空格，整行被当成了一个词）',
    en: '"{written}" (no space after the colon, so the line reads as one word)',
  },
  'clerk.colonSpaceHint': {
    zh: '在冒号后面加一个空格：写成“{key}: {value}”',
    en: 'add a space after the colon: "{key}: {value}"',
  },
  'clerk.serveHelp': {
    zh: '用法：npm run serve [-- 文件夹] [--port 端口]\n  在本机浏览器里看生成的网站：http://127.0.0.1:端口/（只有本机能打开）。\n  文件夹默认 dist（npm run build 生成）；看草稿预览写 dist-preview（npm run build:preview 生成）。\n  端口默认 4321。按 Ctrl+C 停止。\n例：npm run serve -- dist-preview',
    en: 'usage: npm run serve [-- <folder>] [--port <port>]\n  serves a built site on http://127.0.0.1:<port>/ (this machine only).\n  folder: dist by default (npm run build); dist-preview for the draft preview (npm run build:preview).\n  port: 4321 by default. Ctrl+C stops it.\nexample: npm run serve -- dist-preview',
  },
  'clerk.serveOneFolder': {
    zh: '✗ 一次只能看一个文件夹，例：npm run serve -- dist-preview',
    en: '✗ one folder at a time, e.g. npm run serve -- dist-preview',
  },
  'clerk.serveNoSite': {
    zh: '✗ {dir}/ 里没有生成好的网站（没有 index.html）。先运行 npm run build（生成 dist）或 npm run build:preview（生成 dist-preview）',
    en: '✗ no built site in {dir}/ (no index.html). Run npm run build (dist) or npm run build:preview (dist-preview) first',
  },
  'clerk.serving': {
    zh: '正在提供 {dir}/：用浏览器打开 {url}/（按 Ctrl+C 停止）',
    en: 'Serving {dir}/ at {url}/  (Ctrl+C to stop)',
  },
  'clerk.startHelp': {
    zh: '用法：npm start [-- --port 端口]\n  检查并生成网站的网页，一生成好就在本机提供：http://127.0.0.1:端口/（只有本机能打开），\n  然后在后台画图片、打印督查通报 PDF（画好前打开的图片会等它画好）。端口默认 4321。按 Ctrl+C 停止。\n例：npm start -- --port 4500',
    en: 'usage: npm start [-- --port <port>]\n  validates and builds the pages, serves them on http://127.0.0.1:<port>/ (this machine only) as soon as they are written,\n  then draws the pictures and prints the bulletin PDFs in the background (a picture asked for early comes once drawn). Port 4321 by default. Ctrl+C stops it.\nexample: npm start -- --port 4500',
  },
  'clerk.startBadPort': {
    zh: '✗ 端口应为 0—65535 的整数（0：任选一个空闲端口）；实际：“{port}”。例：npm start -- --port 4500',
    en: '✗ the port is a whole number 0–65535 (0: any free port), got "{port}", e.g. npm start -- --port 4500',
  },
  'clerk.startPortTaken': {
    zh: '✗ 端口 {port} 已被占用（也许网站已经在运行：打开 http://127.0.0.1:{port}/ 看看）。换一个端口：npm start -- --port {next}',
    en: '✗ port {port} is taken (perhaps the site is already running: try http://127.0.0.1:{port}/). Use another: npm start -- --port {next}',
  },
  'clerk.startServing': {
    zh: '✓ 网站已可打开：{url}/（用时 {seconds} 秒；图片和 PDF 还在后台生成，按 Ctrl+C 停止）',
    en: '✓ The site is up at {url}/ ({seconds} s; pictures and PDFs are still being made in the background; Ctrl+C stops it)',
  },
  'clerk.startFinished': {
    zh: '✓ 图片、PDF 和压缩副本都已生成：{url}/ 上的网站已完整（按 Ctrl+C 停止）',
    en: '✓ Pictures, PDFs and compressed copies done: the site at {url}/ is complete (Ctrl+C stops it)',
  },
  'clerk.startFinishFailed': {
    zh: '✗ 图片或 PDF 没有全部生成（原因见上面的信息）；网页照常在 {url}/ 提供，缺的图片显示为 404',
    en: '✗ the pictures or PDFs were not all made (see the messages above); the pages are still served at {url}/, missing pictures answer 404',
  },
  'clerk.activeMonths.from': { zh: '{from} 起', en: 'from {from}' },
  'clerk.activeMonths.between': { zh: '{from}—{until}', en: '{from}–{until}' },
  'clerk.mergedActiveMonth': {
    zh: '{from} 以前已经撤销的单位（activeUntil ≤ {until}）',
    en: 'a unit that ended before {from} (activeUntil ≤ {until})',
  },
  'clerk.month.unreceived': {
    zh: '{count} 个单位的报送表还未收到：{units}。确定不报了，运行 npm run month -- {period} --mark-unreported，给它们写上 status: 未报送',
    en: '{count} units not received: {units}. If they will not report, run npm run month -- {period} --mark-unreported to write status: 未报送',
  },
  'clerk.month.marked': {
    zh: '✓ 已给 {count} 个未收到的单位写上 status: 未报送（{file}）：{units}',
    en: '✓ wrote status: 未报送 for {count} units not received ({file}): {units}',
  },
  'clerk.month.usage': {
    zh: '用法：npm run month -- 2006-02 [--record] [--mark-unreported]\n  检查数据、生成预览（dist-preview/）、打印本月摘要，并说下一步做什么；列出还未收到报送表的单位。\n  --record：这个月已改为 status: published，先把它记入发布记录（data/published.yaml）。\n  --mark-unreported：给未收到的单位写上 status: 未报送（收到但未导入的不动）。',
    en: 'usage: npm run month -- 2006-02 [--record] [--mark-unreported]\n  validates, builds the preview (dist-preview/), prints the summary and says the next step; lists the units not received.\n  --record: the month is published; record it in data/published.yaml first.\n  --mark-unreported: write status: 未报送 for the units not received (not for those received but refused).',
  },
  'clerk.month.noFile': {
    zh: '✗ 还没有 {file}。先运行 npm run new-month 生成这个月的空白表，填好后再运行 npm run month -- {period}',
    en: '✗ no {file} yet. Run npm run new-month to write the form, fill it in, then npm run month -- {period}',
  },
  'clerk.month.step': { zh: '—— {title} ——', en: '—— {title} ——' },
  'clerk.month.stepRecord': {
    zh: '记入发布记录（npm run record-published）',
    en: 'recording (npm run record-published)',
  },
  'clerk.month.stepValidate': { zh: '检查数据（npm run validate）', en: 'validating (npm run validate)' },
  'clerk.month.stepPreview': {
    zh: '生成预览（npm run build:preview，约半分钟）',
    en: 'building the preview (npm run build:preview)',
  },
  'clerk.month.previewBuilt': {
    zh: '✓ 预览已生成在 dist-preview/（每页标着“草稿·未发布”，只供核对）。用浏览器看：npm run serve -- dist-preview',
    en: '✓ the preview is in dist-preview/ (marked 草稿·未发布). Look at it: npm run serve -- dist-preview',
  },
  'clerk.month.stepSummary': { zh: '本月摘要（npm run summary）', en: 'summary (npm run summary)' },
  'clerk.month.next': { zh: '下一步：{next}', en: 'next: {next}' },
  'clerk.month.nextFix': {
    zh: '按上面各行（文件:行:列）改好，再运行 npm run month -- {period}',
    en: 'fix the lines above (file:line:col), then run npm run month -- {period} again',
  },
  'clerk.month.nextRecord': {
    zh: '{period} 已改为 published，还没有记入发布记录（上面那条错误就是这个）。核对无误后运行 npm run month -- {period} --record',
    en: '{period} is published but not yet recorded (the error above). When it is right, run npm run month -- {period} --record',
  },
  'clerk.month.nextPublish': {
    zh: '{period} 还是草稿：核对预览和摘要，把 {file} 里的 status: draft 改为 status: published，再运行 npm run month -- {period} --record',
    en: '{period} is a draft: check the preview and summary, set status: published in {file}, then run npm run month -- {period} --record',
  },
  'clerk.month.nextCommit': {
    zh: '{period} 已检查、已记入发布记录。提交并开拉取请求：git add data && git commit -m "{period} 数据"，再 git push，同事核对摘要后合并，网站更新',
    en: '{period} is valid and recorded. Commit and open a pull request: git add data && git commit -m "{period} data", then git push',
  },
});
