/**
 * `npm run check-deployable [-- dist]`: refuses (exit 1) a built site that is a preview with drafts
 * (any page marked 草稿·未发布), so the deploy can never ship one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const pages = !existsSync(dir)
  ? []
  : readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html'));
const previews = pages.filter((d) => readFileSync(join(d.parentPath, d.name), 'utf8').includes('name="board-preview"'));
if (pages.length === 0) {
  console.error(`✗ ${dir}/ 里没有网页：先运行 npm run build。`);
  process.exit(1);
}
if (previews.length > 0) {
  console.error(
    `✗ ${dir}/ 是草稿预览（${previews.length} 个页面标有“草稿·未发布”），不能发布。请用 npm run build 重新生成。`,
  );
  process.exit(1);
}
console.log(`✓ ${dir}/ 共 ${pages.length} 个页面，没有草稿预览，可以发布。`);
