/**
 * What the command line (scripts/board.ts) says of itself: the list of subcommands, each one's
 * `--help`, arguments it cannot read. Month's and serve's help are the clerk's (clerk.ts).
 */
import { defineMessages } from './catalogue.ts';

export const cliMessages = defineMessages({
  'cli.overview': {
    zh: '用法：node scripts/board.ts <命令> [参数]，或 npm run <命令> -- [参数]。每个命令加 --help 看详细说明。',
    en: 'usage: node scripts/board.ts <command> [options], or npm run <command> -- [options]. Add --help to any command for its details.',
  },
  'cli.audience.clerk': { zh: '填报和发布（督查室）：', en: 'For the clerk (data):' },
  'cli.audience.operator': { zh: '上线和服务器（管理员）：', en: 'For the operator (publishing):' },
  'cli.audience.developer': { zh: '开发和测量：', en: 'For developers:' },
  'cli.help.common': {
    zh: '每个命令都可加 --lang en（英文）和 --help（本说明）。\n退出码：0 完成；1 数据有问题或某一步失败；2 命令写错了（参数、月份格式、BOARD_* 设置）。',
    en: 'Every command takes --lang en|zh and --help.\nExit codes: 0 done; 1 a data problem or a failed step; 2 a usage problem (arguments, month format, a BOARD_* setting).',
  },
  'cli.badArgs': {
    zh: '✗ 看不懂这些参数（{problem}）。用法见 npm run {command} -- --help',
    en: '✗ cannot read the arguments ({problem}). See npm run {command} -- --help',
  },
  'cli.unknownCommand': {
    zh: '✗ 没有“{name}”这个命令。可用的命令：{names}。用法见 node scripts/board.ts --help',
    en: '✗ no command "{name}". Commands: {names}. See node scripts/board.ts --help',
  },
  'cli.validate.help': {
    zh: '用法：npm run validate [-- --format text|github|json] [--data data] [--codequality 文件]\n  检查 data/ 里每个文件，每个问题写成 文件:行:列 字段 应为：…；实际：…。建议：…。有错误退出码为 1，警告不拦。\n  --format github：另加 CI 注释和摘要；--format json：每个问题的 JSON（给工具用）；--codequality：另写 GitLab 代码质量报告。',
    en: 'usage: npm run validate [-- --format text|github|json] [--data data] [--codequality FILE]\n  checks every file of data/; each problem as file:line:column field expected …; got …. Exit 1 on any error; warnings pass.\n  --format github: CI annotations and the step summary too; --format json: every issue as JSON, for tools; --codequality: also a GitLab Code Quality report.',
  },
  'cli.newMonth.help': {
    zh: '用法：npm run new-month\n  在最新一个月之后生成下个月的报表（草稿），每个单位的数字留空待填。已有的文件不覆盖。',
    en: 'usage: npm run new-month\n  writes the next month’s report form (a draft) after the latest on file, figures blank. Never overwrites a file.',
  },
  'cli.newYear.help': {
    zh: '用法：npm run new-year -- 2006\n  生成新一年的目标文件：每个在册单位，空白待填，上年目标写在注释里。已有的文件不覆盖。',
    en: 'usage: npm run new-year -- 2006\n  writes the plan form for a new year: every active unit, blanks to fill, last year’s targets as comments. Never overwrites a file.',
  },
  'cli.forms.help': {
    zh: '用法：npm run forms -- 2006-02 [--out 文件夹]\n  为当月每个在册单位生成一份 Excel 报送表，另加一份手机填报工作簿，写到 forms/2006-02/（不在 data/ 里）。',
    en: 'usage: npm run forms -- 2006-02 [--out <folder>]\n  one Excel form per active unit for that month and a phone workbook, into forms/2006-02/ (outside data/).',
  },
  'cli.import.help': {
    zh: '用法：npm run import -- 报送表文件或文件夹 … [--period 2006-02]\n  把填好的报送表（.xlsx、.xls、.et）读进当月报表（草稿），列出谁报了、谁没报，每个问题写到表格的单元格。\n  退回的文件不改 data/ 里的任何东西；已发布的月份不动。',
    en: 'usage: npm run import -- <files or folders> … [--period 2006-02]\n  reads filled forms (.xlsx, .xls, .et) into that month’s report as a draft; says who sent what and who did not, every problem at its cell.\n  A refused file changes nothing in data/; a published month is never touched.',
  },
  'cli.status.help': {
    zh: '用法：npm run status -- 2006-02\n  当月报送表按组列出：已收到（文件、填表人、报出日期）和未收到。',
    en: 'usage: npm run status -- 2006-02\n  the month’s forms by group: received (file, filled by, sent on) and not yet received.',
  },
  'cli.recordPublished.help': {
    zh: '用法：npm run record-published\n  把还没记录的已发布月份记入 data/published.yaml（已记录的不改）。数据有错误时不记录。',
    en: 'usage: npm run record-published\n  adds every published month not yet on record to data/published.yaml (never rewrites one). Refuses while the data has errors.',
  },
  'cli.summary.help': {
    zh: '用法：npm run summary [-- --base origin/main]\n  最新一个月（含草稿）的中文摘要（Markdown），贴到拉取请求里；--base：列出该分支没有的更正。',
    en: 'usage: npm run summary [-- --base origin/main]\n  the latest month (drafts included) in Chinese Markdown for a pull-request comment; --base: the revisions that branch did not have.',
  },
  'cli.checkDeployable.help': {
    zh: '用法：npm run check-deployable [-- dist]\n  文件夹里有标着“草稿·未发布”的网页（或是空的）时退出码为 1：上线前先查这一步。',
    en: 'usage: npm run check-deployable [-- dist]\n  exit 1 when the folder holds a page marked as a draft preview (or is empty): the deploy checks this first.',
  },
  'cli.deploy.help': {
    zh: '用法：npm run deploy -- <目标> [--keep 5] [--dist dist] [--bwlimit KB/s]\n  把 dist/ 上传为目标上的一个新版本，再一步切换 current；保留最新 N 个版本。目标是本机文件夹或 user@host:/path（经 ssh/rsync）。',
    en: 'usage: npm run deploy -- <target> [--keep 5] [--dist dist] [--bwlimit KB/s]\n  uploads dist/ as a new release on the target, then switches current in one step; keeps the newest N. A target is a local folder or user@host:/path (ssh/rsync).',
  },
  'cli.rollback.help': {
    zh: '用法：npm run rollback -- <目标>\n  把目标上的 current 切回上一个版本。',
    en: 'usage: npm run rollback -- <target>\n  points current on the target back at the release before it.',
  },
  'cli.nginxCsp.help': {
    zh: '用法：npm run nginx-csp [-- --check] [--dist dist]\n  从生成的网页抄出内容安全策略，写入 deploy/nginx/csp.conf；--check 只检查，不一致时退出码为 1。',
    en: 'usage: npm run nginx-csp [-- --check] [--dist dist]\n  writes deploy/nginx/csp.conf from the policy the built pages carry; --check changes nothing and exits 1 when it is stale.',
  },
  'cli.docsData.help': {
    zh: '用法：npm run docs:data\n  按数据文件种类表重写 data/README.md 里的文件清单。',
    en: 'usage: npm run docs:data\n  rewrites the file list in data/README.md from the table of data-file kinds.',
  },
  'cli.finishBuild.help': {
    zh: '用法：node scripts/board.ts finish-build [astro 参数]\n  astro build 之后的一步（npm run build 自动运行）：画图片、生成压缩副本，在单独的进程里。',
    en: 'usage: node scripts/board.ts finish-build [astro options]\n  the step after astro build (npm run build runs it): the pictures and compressed copies, in a process of its own.',
  },
  'cli.weight.help': {
    zh: '用法：npm run weight [-- /路径/ …]\n  各类网页 gzip 后的大小，与预算对照。只是报告，退出码总是 0。先运行 npm run build。',
    en: 'usage: npm run weight [-- /path/ …]\n  gzipped weight of each kind of page against the budgets. A report: always exit 0. Run npm run build first.',
  },
  'cli.screenshots.help': {
    zh: '用法：npm run screenshots [-- /路径/ …]\n  生成网站 360 和 1440 像素宽的整页截图，放到 test-results/screenshots/。先运行 npm run build。',
    en: 'usage: npm run screenshots [-- /path/ …]\n  full-page screenshots at 360 and 1440 px into test-results/screenshots/. Run npm run build first.',
  },
  'cli.printPreview.help': {
    zh: '用法：npm run print-preview [-- /路径/ …]\n  在 Chromium 里把网页打印成 A4 PDF（有 pdftoppm 时另出 PNG），放到 test-results/print/；默认最新的督查通报。',
    en: 'usage: npm run print-preview [-- /path/ …]\n  prints built pages to A4 PDF in Chromium (and PNG with pdftoppm) into test-results/print/; default: the latest bulletin.',
  },
  'cli.lighthouse.help': {
    zh: '用法：npm run lighthouse [-- /路径/ …]\n  用 Lighthouse 给生成的网站打分（手机和电脑）。只有运行失败时退出码为 1。先运行 npm run build。',
    en: 'usage: npm run lighthouse [-- /path/ …]\n  Lighthouse on the built site, mobile and desktop. Exit 1 only when a run fails. Run npm run build first.',
  },
  'cli.bench.help': {
    zh: '用法：npm run bench\n  在 10 年 × 300 个单位的合成数据上计时：读取、检查、计分，与单纯解析 YAML 相比。',
    en: 'usage: npm run bench\n  times read + validate + score on a synthetic 10 years × 300 units board against plain YAML parsing.',
  },
  'cli.benchExcel.help': {
    zh: '用法：npm run bench:excel\n  300 个单位的报送表：生成、一次导入、拒收压缩炸弹，各用多少时间。',
    en: 'usage: npm run bench:excel\n  forms for 300 units, the import of 300 filled forms, a zip bomb refused: the time of each.',
  },
  'cli.benchSite.help': {
    zh: '用法：npm run bench:site [-- --years 10 --units 300 --warm-runs 3 --keep]\n  按 npm run build 的方式生成合成数据的网站（冷启动，再加一个月），与同样多的简单页面比时间和内存。\n  --warm-runs N：加一个月的热生成做 N 次，每次都从冷生成留下的图片缓存开始，最后给出倍数的中位数。',
    en: 'usage: npm run bench:site [-- --years 10 --units 300 --warm-runs 3 --keep]\n  builds the synthetic board as npm run build does (cold, then a month added) and compares time and memory with as many trivial routes.\n  --warm-runs N: the warm build N times, each from the image cache the cold build left; then the median ratio.',
  },
});
