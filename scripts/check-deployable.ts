/**
 * `npm run check-deployable [-- dist]`: refuses (exit 1) a built site that is a preview with drafts
 * (any page marked 草稿·未发布), so the deploy can never ship one. `npm run deploy` runs the same check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether `dir` may be published, and the line to print either way. */
export function checkDeployable(dir: string): { ok: boolean; message: string } {
  const pages = !existsSync(dir)
    ? []
    : readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html'));
  const previews = pages.filter((d) =>
    readFileSync(join(d.parentPath, d.name), 'utf8').includes('name="board-preview"'),
  );
  if (pages.length === 0) return { ok: false, message: `✗ ${dir}/ 里没有网页：先运行 npm run build。` };
  if (previews.length > 0)
    return {
      ok: false,
      message: `✗ ${dir}/ 是草稿预览（${previews.length} 个页面标有“草稿·未发布”），不能发布。请用 npm run build 重新生成。`,
    };
  return { ok: true, message: `✓ ${dir}/ 共 ${pages.length} 个页面，没有草稿预览，可以发布。` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ok, message } = checkDeployable(process.argv[2] ?? 'dist');
  if (ok) console.log(message);
  else {
    console.error(message);
    process.exitCode = 1;
  }
}
