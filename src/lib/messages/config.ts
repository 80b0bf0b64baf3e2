/** The settings (BOARD_* environment variables, src/lib/config.ts): what a wrong value gets told. */
import { defineMessages } from './catalogue.ts';

export const configMessages = defineMessages({
  'config.stopped': {
    zh: '设置有 {count} 处不对，没有继续（数据和已发布的网站都没有改动）：',
    en: '{count} setting(s) are wrong; stopped (neither the data nor the published site was touched):',
  },
  'config.problem': {
    zh: '{name} 应为：{expected}；实际：“{value}”。建议：{suggestion}',
    en: '{name}: expected {expected}, got "{value}" — {suggestion}',
  },
  'config.currentPeriod.expected': {
    zh: '年月，写作 YYYY-MM，月份 01—12（如 2005-03）',
    en: 'a month written YYYY-MM, month 01–12 (e.g. 2005-03)',
  },
  'config.currentPeriod.suggestion': {
    zh: '写成要当作“本月”的月份，如 BOARD_CURRENT_PERIOD=2005-12；不设就用北京时间的本月',
    en: 'write the month to take as the current one, e.g. BOARD_CURRENT_PERIOD=2005-12, or leave it unset',
  },
  'config.siteUrl.expected': {
    zh: '以 https:// 或 http:// 开头的完整网址（如 https://paihangbang.example.gov.cn）',
    en: 'a full address starting with https:// or http:// (e.g. https://paihangbang.example.gov.cn)',
  },
  'config.siteUrl.suggestion': {
    zh: '写网站正式发布的网址；不设就用示例网址',
    en: 'write the address the board is published at, or leave it unset for the example address',
  },
  'config.root.expected': {
    zh: '存在的文件夹（放 data/ 的那一层）',
    en: 'an existing folder (the one holding data/)',
  },
  'config.root.suggestion': {
    zh: '检查路径有没有写错；不设就用当前文件夹',
    en: 'check the path, or leave it unset for the working directory',
  },
  'config.lang.expected': {
    zh: 'zh（中文）或 en（英文）',
    en: 'zh (Chinese) or en (English)',
  },
  'config.lang.suggestion': {
    zh: '写 zh 或 en；不设就是中文',
    en: 'write zh or en, or leave it unset for Chinese',
  },
  'config.preview.expected': {
    zh: '1（预览：草稿月份也显示，不能发布）或 0（正式）',
    en: '1 (a preview with the draft months, never deployed) or 0 (the real site)',
  },
  'config.preview.suggestion': {
    zh: '写 1 或 0；不设就是正式',
    en: 'write 1 or 0, or leave it unset for the real site',
  },
  'config.imageCache.expected': {
    zh: '一个文件夹的路径',
    en: 'the path of a folder',
  },
  'config.imageCache.suggestion': {
    zh: '写一个可以写入的文件夹；不设就用 node_modules/.cache/paihangbang-images',
    en: 'write a folder that may be written to, or leave it unset for node_modules/.cache/paihangbang-images',
  },
  'config.finishApart.expected': {
    zh: '1（图片和压缩副本由 scripts/finish-build.ts 另起一个进程完成）或 0（在 astro build 里完成）',
    en: '1 (pictures and compressed copies made by scripts/finish-build.ts in a process of its own) or 0 (inside astro build)',
  },
  'config.finishApart.suggestion': {
    zh: '写 1 或 0；不设就是 0（npm run build 会自己设成 1）',
    en: 'write 1 or 0, or leave it unset for 0 (npm run build sets it to 1 itself)',
  },
});
