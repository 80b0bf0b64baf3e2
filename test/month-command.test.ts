/**
 * `npm run month -- YYYY-MM [--record]`: the clerk's month in one command — validate, (record),
 * build the preview, print the summary, say the next step — in Chinese, on a copy of the minimal fixture.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRAM_MS } from './support/setup.ts';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'month-'));
cpSync(join(root, 'test', 'fixtures', 'minimal', 'data'), join(work, 'data'), { recursive: true });
const march = join(work, 'data', 'reports', '2005', '2005-03.yaml');
writeFileSync(march, readFileSync(march, 'utf8').replace('status: published', 'status: draft'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const month = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'board.ts'), 'month', ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, BOARD_LANG: 'zh', BOARD_CURRENT_PERIOD: '2026-11', NO_COLOR: '1' },
    timeout: 180_000,
  });

describe('npm run month', () => {
  it(
    'asks for the month, and for the form first when the month has no file',
    () => {
      const bare = month();
      expect(bare.status).toBe(2);
      expect(bare.stderr).toContain('用法：npm run month -- 2006-02 [--record]');
      const missing = month('2005-04');
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('还没有 data/reports/2005/2005-04.yaml。先运行 npm run new-month');
    },
    PROGRAM_MS,
  );

  it('validates a draft month, builds the preview, prints the summary and says to publish it next', () => {
    const run = month('2005-03');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ 检查通过');
    expect(run.stdout).toContain('✓ 预览已生成在 dist-preview/');
    expect(run.stdout).toContain('## 2005年1—3月利用外资排行榜（草稿·未发布）');
    expect(run.stdout).toMatch(
      /下一步：2005-03 还是草稿：.*status: published，再运行 npm run month -- 2005-03 --record\n$/,
    );
    expect(readFileSync(join(work, 'dist-preview', 'index.html'), 'utf8')).toContain('草稿·未发布');
  }, 180_000);

  it('says a published month is recorded next, and --record records it', () => {
    // The header the import writes on a draft: published, the month's file must no longer say 草稿.
    const draftHeader = '# 2005年1—3月利用外资完成情况（1—N月累计）：由报送表导入（npm run import），草稿\n';
    writeFileSync(march, draftHeader + readFileSync(march, 'utf8').replace('status: draft', 'status: published'));
    writeFileSync(join(work, 'data', 'published.yaml'), 'months: {}\n');
    const unrecorded = month('2005-03');
    expect(unrecorded.status).toBe(1);
    expect(unrecorded.stdout).toContain('下一步：2005-03 已改为 published，还没有记入发布记录');
    const recorded = month('2005-03', '--record');
    expect(recorded.stdout).toContain('2005-03 记入 data/published.yaml');
    expect(recorded.stdout).toMatch(/下一步：2005-03 已检查、已记入发布记录。提交并开拉取请求/);
    expect(recorded.status).toBe(0);
    expect(recorded.stdout).toContain('文件头的“草稿”说明已改为发布日期');
    expect(readFileSync(march, 'utf8')).not.toContain('草稿');
    expect(existsSync(join(work, 'dist-preview', 'index.html'))).toBe(true);
  }, 180_000);
});
