/** `npm run docs:data`: rewrites the file list in data/README.md from the table of data-file kinds. */
import { readFileSync, writeFileSync } from 'node:fs';
import { BEGIN, withFileList } from '../src/lib/forms/data-readme.ts';

const path = 'data/README.md';
const before = readFileSync(path, 'utf8');
if (!before.includes(BEGIN)) {
  console.error(`✗ ${path} 里没有文件一览的标记行（${BEGIN}），未改动。`);
  process.exit(1);
}
const after = withFileList(before);
if (after === before) console.log(`✓ ${path} 的文件一览已是最新。`);
else {
  writeFileSync(path, after);
  console.log(`✓ 已按 src/lib/data-kinds.ts 更新 ${path} 的文件一览。`);
}
