import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  it('keeps the copies in the build cache by content: an unchanged file is not compressed again, a changed one is', async () => {
    const cache = join(dir, '..', `${dir.split('/').pop()}-cache`);
    const site = (name: string, body: string) => {
      const out = join(dir, '..', `${dir.split('/').pop()}-${name}`);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), page);
      writeFileSync(join(out, 'a.csv'), body);
      return out;
    };
    try {
      const first = site('first', csv);
      await precompress(first, cache);
      const kept = readdirSync(cache).length;
      expect(kept).toBe(4); // .gz and .br of two files
      const second = site('second', csv);
      await precompress(second, cache);
      expect(readdirSync(cache).length).toBe(kept);
      for (const copy of ['index.html.gz', 'a.csv.br'])
        expect(statSync(join(second, copy)).ino, copy).toBe(statSync(join(first, copy)).ino);
      const third = site('third', csv + '新来的镇,99.0\n');
      await precompress(third, cache);
      expect(readdirSync(cache).length).toBe(kept + 2);
      expect(gunzipSync(readFileSync(join(third, 'a.csv.gz'))).toString('utf8')).toBe(csv + '新来的镇,99.0\n');
      expect(statSync(join(third, 'index.html.br')).ino).toBe(statSync(join(first, 'index.html.br')).ino);
    } finally {
      for (const name of ['cache', 'first', 'second', 'third'])
        rmSync(join(dir, '..', `${dir.split('/').pop()}-${name}`), { recursive: true, force: true });
    }
  });

  it('leaves a file alone when an earlier step put both copies beside it (the pictures)', async () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-given`);
    mkdirSync(out, { recursive: true });
    try {
      writeFileSync(join(out, 'slide.svg'), '<svg>' + '<path d="M0 0"/>'.repeat(500) + '</svg>');
      writeFileSync(join(out, 'slide.svg.gz'), 'given');
      writeFileSync(join(out, 'slide.svg.br'), 'given');
      const done = await precompress(out);
      expect(done.files).toBe(0);
      expect(readFileSync(join(out, 'slide.svg.gz'), 'utf8')).toBe('given');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
