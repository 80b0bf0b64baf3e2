/** What the build's compression step and `npm run deploy` / `npm run rollback` print. */
import { defineMessages } from './catalogue.ts';

export const deployMessages = defineMessages({
  'deploy.bulletinPdf': {
    zh: '督查通报 PDF：{files} 个，新印 {printed} 个，用时 {seconds} 秒',
    en: 'bulletin PDFs: {files}, {printed} printed, {seconds} s',
  },
  'deploy.bulletinPdf.noChromium': {
    zh: '没有找到 Chromium（{path}）或 playwright-core，本次构建不生成督查通报 PDF（网页版照常，可在浏览器里打印）。装上 Chromium（apt-get install chromium）或用 CHROME_PATH 指明位置后重新构建即可。',
    en: 'Chromium ({path}) or playwright-core not found: this build makes no bulletin PDFs (the web pages print from a browser as before). Install Chromium (apt-get install chromium) or point CHROME_PATH at it and build again.',
  },
  'deploy.pictures': {
    zh: '图片：{files} 个文件，新画 {drawn} 张，{cached} 个取自图片缓存，用时 {seconds} 秒',
    en: 'pictures: {files} files, {drawn} drawn, {cached} from the image cache, {seconds} s',
  },
  'deploy.precompressed': {
    zh: '压缩副本：{files} 个文本文件（{size}），.gz 共 {gz}，.br 共 {br}，用时 {seconds} 秒',
    en: 'precompressed {files} text files ({size}): .gz {gz}, .br {br}, {seconds} s',
  },
  'deploy.usage': {
    zh: '用法：npm run {command} -- <目标> [--keep N] [--dist dist]。目标是本机文件夹，或 user@host:/path（经 ssh/rsync）。',
    en: 'usage: npm run {command} -- <target> [--keep N] [--dist dist]. A target is a local folder or user@host:/path (over ssh/rsync).',
  },
  'deploy.badKeep': {
    zh: '--keep 应为不小于 2 的整数；实际：{value}。建议：保留 5 个版本（默认），至少 2 个才能回退。',
    en: '--keep must be a whole number of at least 2; got {value}. Keep 5 (the default); rollback needs 2.',
  },
  'deploy.uploading': {
    zh: '上传 {dist}/ 到 {target} 的新版本 {release} …',
    en: 'uploading {dist}/ to {target} as release {release} …',
  },
  'deploy.failed': {
    zh: '✗ 发布失败（{step}，退出码 {code}）。线上网站没有变化：current 仍指向原来的版本。{detail}',
    en: '✗ deploy failed ({step}, exit code {code}). The live site is unchanged: current still points at the old release. {detail}',
  },
  'deploy.done': {
    zh: '✓ 已发布：{target}/current → releases/{release}（保留最近 {keep} 个版本{removed}）。回退：npm run rollback -- {target}',
    en: '✓ deployed: {target}/current → releases/{release} (keeping the last {keep} releases{removed}). To roll back: npm run rollback -- {target}',
  },
  'deploy.interrupted': {
    zh: '✗ 发布被中断（{signal}）：上传已停止，线上网站没有变化，{target}/current 仍指向原来的版本。没传完的文件夹会在下次发布时删除。',
    en: '✗ deploy interrupted ({signal}): the upload stopped and the live site is unchanged; {target}/current still points at the old release. The half-uploaded folder goes with the next deploy.',
  },
  'deploy.removed': { zh: '，删除了 {count} 个旧版本', en: ', {count} older removed' },
  'deploy.noPrevious': {
    zh: '✗ 无法回退：{target} 上没有比当前版本（{current}）更早的版本。网站没有变化。',
    en: '✗ cannot roll back: {target} has no release older than the current one ({current}). Nothing changed.',
  },
  'deploy.noCurrent': {
    zh: '✗ 无法回退：{target} 上还没有发布过（没有 current）。',
    en: '✗ cannot roll back: nothing has been deployed to {target} yet (no current).',
  },
  'deploy.rolledBack': {
    zh: '✓ 已回退：{target}/current → releases/{release}（原来是 {from}）。',
    en: '✓ rolled back: {target}/current → releases/{release} (was {from}).',
  },
  'deploy.cspNotOne': {
    zh: '✗ {dist}/ 的网页里找到 {count} 种内容安全策略（应为同一种）：先运行 npm run build。',
    en: '✗ the pages in {dist}/ carry {count} different content security policies (should be one): run npm run build first.',
  },
  'deploy.cspStale': {
    zh: '✗ deploy/nginx/csp.conf 与这次生成的网页不一致（脚本或样式变了）。请运行 npm run nginx-csp，提交，并把它复制到服务器后 nginx -s reload。',
    en: '✗ deploy/nginx/csp.conf does not match this build (scripts or styles changed). Run npm run nginx-csp, commit it, copy it to the server and reload nginx.',
  },
  'deploy.cspSame': {
    zh: '✓ deploy/nginx/csp.conf 与生成的网页一致。',
    en: '✓ deploy/nginx/csp.conf matches the built pages.',
  },
  'deploy.cspWritten': {
    zh: '✓ 已更新 deploy/nginx/csp.conf。请提交，并复制到服务器后 nginx -s reload。',
    en: '✓ deploy/nginx/csp.conf updated. Commit it, copy it to the server and reload nginx.',
  },
});
