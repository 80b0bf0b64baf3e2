import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from './precompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the precompressed copies the build writes', () => {
  const page = '<!doctype html><title>排行榜</title>' + '<tr><td>大中镇</td><td>103.5%</td></tr>'.repeat(200);
  const csv = '单位,完成率\n' + '大中镇,103.5\n'.repeat(300);
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'data', 'a.csv'), csv);
  writeFileSync(join(dir, '_astro', 'x.abc123.js'), 'console.log("排行榜");\n'.repeat(100));
  writeFileSync(join(dir, 'tiny.txt'), 'a');
  writeFileSync(join(dir, 'chart.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array(2000).fill(7)]));

  it('writes a .gz and a .br beside each text file that decompress to the same bytes, and leaves the file as it was', async () => {
    const done = await precompress(dir);
    expect(done.files).toBe(4);
    for (const [file, text] of [
      ['index.html', page],
      ['data/a.csv', csv],
    ]) {
      expect(readFileSync(join(dir, file), 'utf8')).toBe(text);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).toString('utf8')).toBe(text);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).toString('utf8')).toBe(text);
    }
    expect(readdirSync(join(dir, '_astro')).sort()).toEqual(['x.abc123.js', 'x.abc123.js.br', 'x.abc123.js.gz']);
  });

  it('writes no copy of a file already compressed (PNG) or one that compression would not make smaller', () => {
    const names = readdirSync(dir);
    expect(names.filter((n) => n.startsWith('chart.png.'))).toEqual([]);
    expect(names.filter((n) => n.startsWith('tiny.txt.'))).toEqual([]);
  });
});
