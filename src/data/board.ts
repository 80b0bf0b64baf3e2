/**
 * The build's single door to the data: load + validate (the same code as `npm run validate`),
 * fail the build with the clerk-readable messages, else score once and share the board.
 * BOARD_ROOT (default: the working directory) is the folder holding data/ — tests point it elsewhere.
 * BOARD_PREVIEW=1 builds a preview with the draft months too: every page then says 草稿·未发布
 * (and carries a marker that scripts/check-deployable.ts refuses to ship).
 */
import { scoreBoard, type Board } from '../lib/score/board.ts';
import { formatIssues } from '../lib/validate/issues.ts';
import { say } from '../lib/validate/lang.ts';
import { loadData } from '../lib/read/load.ts';

let cached: Board | undefined;

/** A preview build (drafts included, never to be deployed). */
export const isPreview = () => process.env.BOARD_PREVIEW === '1';

export function getBoard(): Board {
  if (cached) return cached;
  const { model, issues } = loadData({ root: process.env.BOARD_ROOT ?? process.cwd() });
  const errors = issues.filter((i) => i.severity === 'error');
  if (!model || errors.length > 0) {
    throw new Error(`${say(`数据有 ${errors.length} 处错误，网站没有生成（已发布的内容不变）：`, `The data has ${errors.length} error(s); nothing was built:`)}\n${formatIssues(issues).join('\n')}`);
  }
  cached = scoreBoard(model, { includeDrafts: isPreview() });
  return cached;
}
