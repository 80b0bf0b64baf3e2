import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boardConfig, ConfigError, DEFAULT_SITE_URL, langSetting, readConfig } from './config.ts';

const work = mkdtempSync(join(tmpdir(), 'settings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the settings (BOARD_* environment variables)', () => {
  it('takes the defaults when nothing is set, and an empty value as unset', () => {
    const { config, problems } = readConfig({ BOARD_LANG: '', BOARD_CURRENT_PERIOD: '' });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      siteUrl: DEFAULT_SITE_URL,
      root: process.cwd(),
      currentPeriod: undefined,
      lang: 'zh',
      preview: false,
      imageCache: join(process.cwd(), 'node_modules', '.cache', 'paihangbang-images'),
    });
  });

  it('reads every variable that is set right', () => {
    const config = boardConfig({
      BOARD_SITE_URL: 'https://board.example.org/',
      BOARD_ROOT: work,
      BOARD_CURRENT_PERIOD: '2005-12',
      BOARD_LANG: 'en-US',
      BOARD_PREVIEW: '1',
      BOARD_IMAGE_CACHE: join(work, 'cache'),
      BOARD_FINISH_APART: '1',
    });
    expect(config).toEqual({
      siteUrl: 'https://board.example.org/',
      root: work,
      currentPeriod: '2005-12',
      lang: 'en',
      preview: true,
      imageCache: join(work, 'cache'),
      finishApart: true,
    });
  });

  it('tells a clerk in Chinese which variable is wrong, what it should be and what it was', () => {
    const { problems } = readConfig({ BOARD_CURRENT_PERIOD: '2005-13' });
    expect(problems).toEqual([
      'BOARD_CURRENT_PERIOD 应为：年月，写作 YYYY-MM，月份 01—12（如 2005-03）；实际：“2005-13”。' +
        '建议：写成要当作“本月”的月份，如 BOARD_CURRENT_PERIOD=2005-12；不设就用北京时间的本月',
    ]);
  });

  it('tells developers in English with BOARD_LANG=en', () => {
    const { problems } = readConfig({ BOARD_LANG: 'en', BOARD_PREVIEW: 'yes' });
    expect(problems).toEqual([
      'BOARD_PREVIEW: expected 1 (a preview with the draft months, never deployed) or 0 (the real site), ' +
        'got "yes" — write 1 or 0, or leave it unset for the real site',
    ]);
  });

  it('refuses each kind of wrong value', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    const { problems } = readConfig({
      BOARD_SITE_URL: 'paihangbang.example.gov.cn',
      BOARD_ROOT: join(work, 'no-such-folder'),
      BOARD_CURRENT_PERIOD: '2005-3',
      BOARD_LANG: 'fr',
      BOARD_PREVIEW: 'true',
      BOARD_IMAGE_CACHE: file,
    });
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'BOARD_LANG',
      'BOARD_SITE_URL',
      'BOARD_ROOT',
      'BOARD_CURRENT_PERIOD',
      'BOARD_PREVIEW',
      'BOARD_IMAGE_CACHE',
    ]);
  });

  it('throws one ConfigError listing every wrong value, with no stack beyond the message', () => {
    const error = (() => {
      try {
        boardConfig({ BOARD_CURRENT_PERIOD: '2005-13', BOARD_SITE_URL: 'ftp://x' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.split('\n')).toHaveLength(3);
    expect((error as Error).message).toMatch(/^设置有 2 处不对，没有继续/);
    expect((error as Error).stack).toBe((error as Error).message);
  });

  it('never throws for the language of a message, whatever BOARD_LANG holds', () => {
    expect(langSetting({ BOARD_LANG: 'fr' })).toBe('zh');
    expect(langSetting({ BOARD_LANG: 'EN' })).toBe('en');
    expect(langSetting({})).toBe('zh');
  });
});
