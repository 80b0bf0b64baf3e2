import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { slidesView } from '../present/views/media/slides.ts';
import { describe, expect, it } from 'vitest';
import { loadData } from '../model/load.ts';
import { uncoveredCharacters } from '../read/fonts.ts';
import { scoreBoard } from '../score/board.ts';
import { imageFiles } from './catalogue.ts';
import { h, textOf } from './element.ts';
import { LONG_TEXT, longPictures, ROWS_PER_LONG } from './long-picture.ts';
import { boardConfig } from '../config.ts';
import { drawPicture } from './render.ts';
import { asUnit } from '../../../test/support/ids.ts';

const { model } = loadData({
  root: join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal'),
  currentPeriod: '2026-11',
});
const board = scoreBoard(model!);
const files = imageFiles(board);

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const pixels = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
const distinctColours = (rgba: Buffer) => {
  const seen = new Set<number>();
  for (let i = 0; i < rgba.length; i += 4 * 7) seen.add(rgba.readUInt32BE(i));
  return seen.size;
};

const draw = async (file: string) => {
  const image = files.find((f) => f.file === file);
  expect(image, `${file} is not in the catalogue`).toBeDefined();
  return drawPicture(image!.picture());
};

describe('images made at build time', () => {
  it('lists a PNG and an SVG per slide, a long image and a preview for every month, a preview per unit', () => {
    const periods = board.periods.map((p) => p.period);
    expect(periods.length).toBeGreaterThan(1);
    for (const p of periods) {
      for (const format of ['png', 'svg'])
        expect(
          files.some((f) => f.file === `slides/${p}-summary.${format}`),
          p,
        ).toBe(true);
      for (const file of [`long/rankings-${p}.png`, `preview/rankings-${p}.png`])
        expect(
          files.some((f) => f.file === file),
          file,
        ).toBe(true);
    }
    expect(files.filter((f) => f.file.startsWith('preview/units-')).length).toBe(model!.units.length);
    expect(new Set(files.map((f) => f.file)).size).toBe(files.length);
  });

  it('keeps a drawn picture on disk and marks it used when a later build takes it from there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-cache-'));
    try {
      const picture = { element: h('div', { display: 'flex' }, '缓存的图片'), width: 120, height: 40 };
      const drawn = await drawPicture(picture, dir);
      const kept = readdirSync(dir).sort();
      expect(kept.map((f) => f.replace(/^\w+/, 'key'))).toEqual(['key.png', 'key.svg']);
      const old = new Date('2020-01-01T00:00:00Z');
      for (const f of kept) utimesSync(join(dir, f), old, old);
      // A later build: this process's memory holds the picture, so another one stands in for its start.
      await Promise.all(
        Array.from({ length: 9 }, (_, i) =>
          drawPicture({ element: h('div', { display: 'flex' }, `别的${i}`), width: 20, height: 20 }),
        ),
      );
      const again = await drawPicture(picture, dir);
      expect(again.png.equals(drawn.png)).toBe(true);
      for (const f of kept) expect(statSync(join(dir, f)).mtimeMs, f).toBeGreaterThan(old.getTime());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('draws a slide at 1920×1080, a preview at 1200×630 and the long image 1080 px wide', async () => {
    const period = board.periods.at(-1)!.period;
    const ranking = slidesView(board, board.periods.at(-1)!).slides[1].id;
    expect(pngSize((await draw(`slides/${period}-${ranking}.png`)).png)).toEqual({ width: 1920, height: 1080 });
    expect(pngSize((await draw(`preview/rankings-${period}.png`)).png)).toEqual({ width: 1200, height: 630 });
    const long = pngSize((await draw(`long/rankings-${period}.png`)).png);
    expect(long.width).toBe(1080);
    expect(long.height).toBeGreaterThan(1080);
  }, 60_000);

  it('draws the text: a slide is not blank and its SVG carries the glyphs as outlines', async () => {
    const { svg, png } = await draw(`slides/${board.periods.at(-1)!.period}-summary.png`);
    expect(distinctColours(pixels(svg))).toBeGreaterThan(20);
    // Text is drawn as glyph outlines: a slide's worth of Chinese is tens of kilobytes of path data.
    expect(svg.length).toBeGreaterThan(50_000);
    expect(png.length).toBeGreaterThan(20_000);
  }, 60_000);

  it('draws different Chinese words differently (missing glyphs would all be the same box)', async () => {
    const word = (text: string) => ({
      element: h(
        'div',
        { display: 'flex', width: 400, height: 120, fontSize: 80, backgroundColor: '#fff', color: '#000' },
        text,
      ),
      width: 400,
      height: 120,
    });
    const [a, b] = await Promise.all([drawPicture(word('排行榜')), drawPicture(word('督查室'))]);
    const [pa, pb] = [pixels(a.svg), pixels(b.svg)];
    expect(distinctColours(pa)).toBeGreaterThan(2);
    expect(Buffer.compare(pa, pb)).not.toBe(0);
    // A box drawn for a missing glyph is one shape: the two words share no more than half their dark pixels.
    let both = 0;
    let dark = 0;
    for (let i = 0; i < pa.length; i += 4) {
      const da = pa[i] < 128;
      const db = pb[i] < 128;
      if (da || db) dark++;
      if (da && db) both++;
    }
    expect(both / dark).toBeLessThan(0.5);
  }, 60_000);

  it('refuses text the font cannot draw rather than drawing boxes', async () => {
    expect(uncoveredCharacters('利用外资 7500 万美元 ▲◆▼ —−·（）')).toEqual([]);
    expect(uncoveredCharacters('\u{10FFFD}')).toEqual(['\u{10FFFD}']);
    await expect(
      drawPicture({ element: h('div', { display: 'flex' }, '\u{10FFFD}'), width: 100, height: 100 }),
    ).rejects.toThrow(/no glyph/);
  }, 60_000);

  it('draws signs the Chinese font lacks (✕ ✗, a plan may choose them as band symbols) with the symbols font', async () => {
    const drawn = await drawPicture({
      element: h('div', { display: 'flex', fontSize: 40 }, '镇：✗ ✕ 未达'),
      width: 300,
      height: 60,
    });
    expect(drawn.png.length).toBeGreaterThan(500);
  }, 60_000);

  it('refuses a character no font file draws, even inside a declared range', async () => {
    await expect(
      drawPicture({ element: h('div', { display: 'flex' }, '镇：\u{1F9FF}'), width: 200, height: 60 }),
    ).rejects.toThrow(/no glyph/);
  }, 60_000);
});

describe('the WeChat long image, read on a phone', () => {
  const fontSizes = (element: unknown): number[] => {
    if (!element || typeof element !== 'object') return [];
    const { props } = element as { props: { style?: { fontSize?: number }; children?: unknown } };
    const own = props.style?.fontSize ? [props.style.fontSize] : [];
    const kids = Array.isArray(props.children) ? props.children : [props.children];
    return [...own, ...kids.flatMap(fontSizes)];
  };

  it('sets no text below 26 px on the 1080 px image (≈ 9 px at 360) and the tables at 34 px', () => {
    const pictures = longPictures(board, board.periods.at(-1)!);
    for (const picture of pictures) {
      expect(picture.width).toBe(1080);
      expect(Math.min(...fontSizes(picture.element))).toBeGreaterThanOrEqual(LONG_TEXT.secondary);
    }
    expect(LONG_TEXT.body).toBeGreaterThanOrEqual(32);
    expect(LONG_TEXT.secondary).toBeGreaterThanOrEqual(26);
  });

  it('keeps 位次, 单位, the score and 超/欠序时 only, and prints the month page’s full address', () => {
    const period = board.periods.at(-1)!;
    const text = textOf(longPictures(board, period)[0].element);
    expect(text).toContain(new URL(`/rankings/${period.period}/`, boardConfig().siteUrl).href);
    expect(text).not.toContain('较上月');
  });

  it('carries a QR code that decodes (zbarimg) to the month page’s address', async () => {
    const period = board.periods.at(-1)!;
    const { png } = await drawPicture(longPictures(board, period)[0]);
    const dir = mkdtempSync(join(tmpdir(), 'long-qr-'));
    try {
      writeFileSync(join(dir, 'long.png'), png);
      const decoded = execFileSync('zbarimg', ['-q', '--raw', join(dir, 'long.png')], { encoding: 'utf8' }).trim();
      expect(decoded).toBe(new URL(`/rankings/${period.period}/`, boardConfig().siteUrl).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('continues a board too long for one image on a second, and numbers a group cut in two （1/2）', () => {
    const period = board.periods.at(-1)!;
    const group = period.groups[0];
    const many = Array.from({ length: ROWS_PER_LONG + 6 }, (_, i) => ({ ...group.units[0], unit: asUnit(`u${i}`) }));
    const long = { ...period, groups: [{ ...group, units: many }] };
    const pictures = longPictures(board, long);
    expect(pictures.length).toBe(2);
    expect(textOf(pictures[0].element)).toContain(`${group.group.name}（1/2）`);
    expect(textOf(pictures[1].element)).toContain(`${group.group.name}（2/2）`);
    expect(textOf(pictures[1].element)).toContain('（2/2）');
  });
});

describe('slide addresses, once published', () => {
  const sample = scoreBoard(
    loadData({
      root: join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'sample'),
      currentPeriod: '2026-11',
    }).model!,
  );
  const sampleFiles = imageFiles(sample).map((f) => f.file);
  const latest = sample.periods.at(-1)!.period;

  it('stay when groups come to share a slide: the one-group-a-slide addresses (towns-1, zones …) show the slide that holds the group now', () => {
    const view = slidesView(sample, sample.periods.at(-1)!);
    const shared = view.slides.find((s) => s.kind === 'group' && s.parts.length > 1);
    expect(shared, 'the sample has small groups sharing a slide').toBeDefined();
    for (const group of sample.model.groups) {
      const rows = sample.periods.at(-1)!.groups.find((g) => g.group.id === group.id)!.units.length;
      const old = rows > 10 ? [`${group.id}-1`, `${group.id}-2`] : [group.id];
      for (const id of old)
        for (const format of ['png', 'svg'])
          expect(sampleFiles, `${id}.${format}`).toContain(`slides/${latest}-${id}.${format}`);
    }
    // Each earlier address shows a slide of the month that is itself in the catalogue.
    for (const alias of imageFiles(sample).filter((f) => f.aliasOf)) expect(sampleFiles).toContain(alias.aliasOf);
    expect(new Set(sampleFiles).size).toBe(sampleFiles.length);
  });
});
