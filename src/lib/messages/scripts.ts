/** What the npm scripts (scripts/*.ts) print: for clerks in Chinese, for developers in English (`--lang en`). */
import { defineMessages } from './catalogue.ts';

export const scriptsMessages = defineMessages({
  'scripts.newMonth.fixFirst': {
    zh: '\n✗ 先把 data/ 里的问题改好（npm run validate），再运行 npm run new-month。',
    en: '\n✗ Fix data/ first (npm run validate), then run npm run new-month again.',
  },
  'scripts.newMonth.exists': {
    zh: '✗ {file} 已经有了，直接打开它填写。',
    en: '✗ {file} already exists; open it and fill it in.',
  },
  'scripts.newMonth.written': {
    zh: '✓ 已生成 {file}（草稿）。请填写每个单位的 1—N月累计数、核对发布日期，再把 status 改为 published，然后运行 npm run validate。',
    en: '✓ wrote {file} (status: draft). Fill in every figure, set status: published, then run npm run validate.',
  },
  'scripts.newYear.noYear': {
    zh: '✗ 请写明年份，如：npm run new-year -- 2006',
    en: '✗ name the year: npm run new-year -- 2006',
  },
  'scripts.newYear.fixFirst': {
    zh: '\n✗ 先把 data/ 里的问题改好（npm run validate），再运行 npm run new-year。',
    en: '\n✗ Fix data/ first (npm run validate).',
  },
  'scripts.newYear.exists': { zh: '✗ {file} 已经有了，直接打开它填写。', en: '✗ {file} already exists.' },
  'scripts.newYear.written': {
    zh: '✓ 已生成 {file}。请填写目标来源（source）、全市目标和每个单位的目标（# 后面是上年的目标），核对排名办法和色带，然后运行 npm run validate。空白没填完之前检查不会通过，网站也不会更新。',
    en: "✓ wrote {file}: fill in source, city targets and every unit's targets, then run npm run validate.",
  },
  'scripts.newYear.yearTexts': {
    zh: '\n下面这些文字写到了别的年份，{year} 年的页面和下载还会照印：逐条核对，该改成 {year} 年的就改（文件:行）。',
    en: '\nThese texts name another year and {year} pages still print them: check each (file:line).',
  },
  'scripts.newYear.lastYearTexts': {
    zh: '\n上年计划 {file} 里写到年份的文字（只管上年，不用改）：{year} 年计划里对应的一项，要写 {year} 年自己的。',
    en: "\nTexts of last year's plan {file} that name a year (leave them): the {year} plan needs its own for each.",
  },
  'scripts.newYear.yearText': {
    zh: '  {at} {field}：“{text}”（写的是 {years} 年）',
    en: '  {at} {field}: "{text}" (names {years})',
  },
  'scripts.recordPublished.header': {
    zh: '✓ {file} 文件头的“草稿”说明已改为发布日期（数字没有动），请一起提交。',
    en: '✓ {file}: the draft header now states the publication date (figures untouched); commit it too.',
  },
  'scripts.recordPublished.fixFirst': {
    zh: '\n✗ 数据有错误，没有记录。先按上面各行改好（npm run validate），再运行 npm run record-published。',
    en: '\n✗ The data has errors; nothing was recorded. Fix them first (npm run validate).',
  },
  'scripts.recordPublished.upToDate': {
    zh: '✓ {path} 已记录全部已发布的月份，无需改动。',
    en: '✓ {path} already holds every published month.',
  },
  'scripts.recordPublished.recorded': {
    zh: '✓ 已把 {months} 记入 {path}。请把它和这个月的报表一起提交；以后改这些数字要写更正（data/revisions/）。',
    en: '✓ recorded {months} in {path}; commit it with the month (later changes to these figures need a revision, data/revisions/).',
  },
  'scripts.validate.failed': {
    zh: '\n✗ 检查未通过：{errors} 处错误，{warnings} 处提醒，本次不发布。请按上面各行（文件:行:列）修改后再运行 npm run validate。',
    en: '\n✗ {errors} error(s), {warnings} warning(s) — nothing was published. Fix the lines above (file:line:col) and run "npm run validate" again.',
  },
  'scripts.summary.failed': { zh: '## 排行榜检查未通过', en: '## The board did not pass its check' },
  'scripts.summary.failed.lines': {
    zh: '下面各处改好之前，网站不会更新：',
    en: 'The site is not updated until these are fixed:',
  },
  'scripts.checkDeployable.empty': {
    zh: '✗ {dir}/ 里没有网页：先运行 npm run build。',
    en: '✗ no pages in {dir}/: run npm run build first.',
  },
  'scripts.checkDeployable.preview': {
    zh: '✗ {dir}/ 是草稿预览（{previews} 个页面标有“草稿·未发布”），不能发布。请用 npm run build 重新生成。',
    en: '✗ {dir}/ is a preview with drafts ({previews} pages marked 草稿·未发布) and cannot be deployed. Build it again with npm run build.',
  },
  'scripts.checkDeployable.ok': {
    zh: '✓ {dir}/ 共 {pages} 个页面，没有草稿预览，可以发布。',
    en: '✓ {dir}/ has {pages} pages and no draft preview: it can be deployed.',
  },
  'scripts.docsData.noMarker': {
    zh: '✗ {path} 里没有文件一览的标记行（{marker}），未改动。',
    en: '✗ {path} has no marker line for the file list ({marker}); nothing was changed.',
  },
  'scripts.docsData.current': { zh: '✓ {path} 的文件一览已是最新。', en: "✓ {path}'s file list is up to date." },
  'scripts.docsData.updated': {
    zh: '✓ 已按 src/lib/schema/kinds.ts 更新 {path} 的文件一览。',
    en: "✓ updated {path}'s file list from src/lib/schema/kinds.ts.",
  },

  // developer tools: bench, bench-site, lighthouse, weight, print-preview, screenshots
  'scripts.staleDist': {
    zh: '注意：dist/ 可能不是最新的（{reason}）；要看当前的网页，先运行 npm run build。',
    en: 'Note: dist/ may be out of date ({reason}); run "npm run build" for current pages.',
  },
  'scripts.weight.noPages': {
    zh: '{dist} 里没有网页：先运行 npm run build。',
    en: 'No pages in {dist}: run "npm run build" first.',
  },
  'scripts.weight.notBuilt': { zh: '没有生成', en: 'not built' },
  'scripts.weight.title': {
    zh: '每个网页的下载量（gzip 9 级压缩后），来自 {dist}',
    en: 'Gzipped (level 9) download per page, from {dist}',
  },
  'scripts.bench.board': {
    zh: '合成数据：{years} 年 × {units} 个单位，{files} 个文件，{mb} MB，排名 {periods} 个月',
    en: 'synthetic board: {years} years × {units} units, {files} files, {mb} MB, {periods} periods scored',
  },
  'scripts.bench.plain': {
    zh: '只用 yaml.parse（读取 + 解析）           ：{ms} ms（{rounds} 次的中位数）',
    en: 'plain yaml.parse (read + parse)       : {ms} ms (median of {rounds})',
  },
  'scripts.bench.pipeline': {
    zh: '读取 + 检查 + 计分（本项目的全流程）     ：{ms} ms（{rounds} 次的中位数）',
    en: 'read + validate + score (our pipeline): {ms} ms (median of {rounds})',
  },
  'scripts.bench.phases': {
    zh: '全流程各阶段（一次）                     ：{phases}',
    en: 'pipeline phases (one run)            : {phases}',
  },
  'scripts.bench.ratio': {
    zh: '倍数：只解析的 {ratio} 倍（目标 ≤ 2 倍）；全部数据 {seconds} 秒（目标 < 3 秒）',
    en: 'ratio: {ratio}× plain parsing (target ≤ 2×); whole set {seconds} s (target < 3 s)',
  },
  'scripts.lighthouse.below100': { zh: '不到 100 分的项目：', en: 'Below 100:' },
  'scripts.printPreview.noPdftoppm': {
    zh: '找不到 pdftoppm（apt-get install poppler-utils）：只生成 PDF',
    en: 'pdftoppm not found (apt-get install poppler-utils): PDF only',
  },
  'scripts.benchSite.board': {
    zh: '合成数据：{years} 年 × {units} 个单位',
    en: 'synthetic board: {years} years × {units} units',
  },
  'scripts.benchSite.cold': { zh: '冷生成（图片缓存为空）', en: 'cold build (empty image cache)' },
  'scripts.benchSite.warm': {
    zh: '热生成（加上下一个月的报表，保留上次的图片缓存，当前月份 {month}）',
    en: "warm build (the next month's reports added, the image cache kept; current month {month})",
  },
  'scripts.benchSite.building': {
    zh: '{label}：用“{build}”生成网站……',
    en: '{label}: building it with "{build}" …',
  },
  'scripts.benchSite.drawn': {
    zh: '新画的图片      ：{drawn} 张；{images} 个图片文件中其余的取自图片缓存（一张幻灯片的 PNG 和 SVG 是一次画成的）',
    en: "pictures drawn      : {drawn}, the rest of the {images} image files from the image cache (a slide's PNG and SVG are one drawing)",
  },
  'scripts.benchSite.trivial': {
    zh: '在一个临时 Astro 项目里生成 {routes} 个最简单的页面……',
    en: 'building {routes} trivial routes in a throwaway Astro project …',
  },
  'scripts.benchSite.pages': { zh: '网页（HTML）    ：{pages}', en: 'pages (HTML)        : {pages}' },
  'scripts.benchSite.routeFiles': {
    zh: '发布的文件      ：{files}（{byKind}；不计 .gz、.br 压缩副本）',
    en: 'published files     : {files} ({byKind}; not counting the .gz and .br copies)',
  },
  'scripts.benchSite.size': {
    zh: 'dist/ 大小      ：{size}，{files} 个文件（图片 {images}）',
    en: 'dist/ size          : {size} in {files} files (images {images})',
  },
  'scripts.benchSite.time': {
    zh: '生成用时        ：{site} 秒；{routes} 个最简单的页面：{trivial} 秒',
    en: 'build time          : {site} s; {routes} trivial routes: {trivial} s',
  },
  'scripts.benchSite.cpu': {
    zh: 'CPU 时间（用户+系统）：{site} 秒；最简单的页面：{trivial} 秒',
    en: 'CPU time (user+sys) : {site} s; trivial routes: {trivial} s',
  },
  'scripts.benchSite.ratioCold': {
    zh: '倍数            ：实际用时是最简单页面的 {wall} 倍，CPU 时间 {cpu} 倍（冷生成画出每个月的全部图片，不设目标）',
    en: "ratio               : {wall}× the trivial build in wall time, {cpu}× in CPU time (no target: a cold build draws every month's pictures)",
  },
  'scripts.benchSite.ratioWarm': {
    zh: '倍数            ：实际用时是最简单页面的 {wall} 倍，CPU 时间 {cpu} 倍（目标 ≤ 4 倍）',
    en: 'ratio               : {wall}× the trivial build in wall time, {cpu}× in CPU time (target ≤ 4×)',
  },
  'scripts.benchSite.median': {
    zh: '热生成 {runs} 次  ：倍数中位数 {median}（各次 {ratios}；目标 ≤ 4 倍），用时中位数 {seconds} 秒，内存峰值最高 {peak} MB（PSS）',
    en: 'warm build × {runs}    : median ratio {median}× (runs {ratios}; target ≤ 4×), median time {seconds} s, highest peak {peak} MB (PSS)',
  },
  'scripts.benchSite.memory': {
    zh: '内存峰值（PSS）  ：{site} MB，生成网站的全部进程合计，共享的内存按进程数分摊（目标 < 1024 MB；各进程 RSS 直接相加为 {rss} MB）；最简单的页面 {trivial} MB',
    en:
      'peak memory (PSS)   : {site} MB, every process of the build together, shared pages split between them ' +
      '(target < 1024 MB; their RSS added up: {rss} MB); trivial build {trivial} MB',
  },
  'scripts.benchSite.stepPeaks': {
    zh: '各步骤内存峰值  ：{stepPeaks}（MB，PSS；每次采样计入其后输出的第一个 [步骤]，即当时在做、做完才报告的那一步）',
    en: 'peak by step        : {stepPeaks} (MB, PSS; each sample counted to the next [step] printed: the step then running, which reports when done)',
  },
  'scripts.benchSite.routeTimes': {
    zh: '各类路由用时    ：{kindTimes}；全部路由 {routes} 秒，其余 {rest} 秒',
    en: 'time by route kind  : {kindTimes}; all routes {routes} s, the rest {rest} s',
  },
  'scripts.benchSite.step': { zh: '生成后的步骤    ：{step}', en: 'after the routes    : {step}' },
  'scripts.benchSite.heaviest': {
    zh: '每类网页中最重的一页，HTML + CSS gzip 后（预算 {budget}）：',
    en: 'heaviest page of each kind, HTML + CSS gzipped (budget {budget}):',
  },
  'scripts.benchSite.within': { zh: '未超出', en: 'within' },
  'scripts.benchSite.over': { zh: '超出  ', en: 'OVER  ' },
  'scripts.benchSite.kept': { zh: '保留在：{work}', en: 'kept: {work}' },
});
