/**
 * Free text has limits (names 50 characters, 备注 200 as the 报送表 says): a 100,000-character unit
 * name pasted by mistake is refused with its length and what to do, not published on every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../model/load.ts';
import { TEXT_LIMITS } from './common.ts';

process.env.BOARD_LANG = 'zh';
const root = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal');

describe('text limits in the schema', () => {
  it('refuses a 100,000-character unit name with its length and a clerk’s suggestion', () => {
    const units = readFileSync(join(root, 'data', 'units.yaml'), 'utf8');
    const long = '大'.repeat(100_000);
    const text = units.replace('name: 大中镇', `name: ${long}`);
    expect(text).not.toBe(units);
    const { model, issues } = loadData({
      root,
      currentPeriod: '2026-11',
      overrides: new Map([['data/units.yaml', Buffer.from(text)]]),
    });
    expect(model).toBeUndefined();
    const issue = issues.find((i) => i.field.endsWith('.name'))!;
    expect(issue.expected).toBe('不超过 400 个字的文字');
    expect(issue.got.length).toBeLessThan(100);
    expect(issue.suggestion).toBe(
      '这里写了 100000 个字，请压缩到 400 个字以内（名称写简称；备注写要点，详细材料另附）',
    );
  });

  it('states the limits the 报送表 prints: 备注 200, 填表人 50', () => {
    expect(TEXT_LIMITS.remark).toBe(200);
    expect(TEXT_LIMITS.person).toBe(50);
  });
});
