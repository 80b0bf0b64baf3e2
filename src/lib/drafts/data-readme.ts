/**
 * The file list of data/README.md, written from the table of data-file kinds so the staff's guide
 * never lists a file the validator would refuse, or misses one it needs. `npm run docs:data`
 * rewrites the block between the markers; a test keeps the committed README in step.
 */
import { DATA_KINDS, KIND_IDS } from '../schema/kinds.ts';

export const BEGIN = '<!-- 文件一览：由 npm run docs:data 按 src/lib/schema/kinds.ts 生成，请勿手改 -->';
const END = '<!-- /文件一览 -->';

export function fileListBlock(): string {
  const rows = KIND_IDS.map((id) => {
    const k = DATA_KINDS[id];
    const where = k.required ? `\`${k.example}\`` : `\`${k.location}\`（如 \`${k.example}\`）`;
    return `| ${where} | ${k.holds} | ${k.changes} |`;
  });
  return [BEGIN, '| 文件 | 内容 | 多久改一次 |', '|---|---|---|', ...rows, END].join('\n');
}

/** The README with its file list replaced (or unchanged when it has no markers). */
export function withFileList(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return readme;
  return readme.slice(0, start) + fileListBlock() + readme.slice(end + END.length);
}
