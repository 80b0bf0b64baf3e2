import { describe, expect, expectTypeOf, it } from 'vitest';
import { fill, placeholdersOf, type PlaceholderNames } from './catalogue.ts';
import { AREAS, messages, t } from './index.ts';

describe('the message catalogue', () => {
  const entries = Object.entries(messages);

  it('has every key in both Chinese and English, neither empty', () => {
    for (const [key, message] of entries) {
      expect(message.zh.trim(), `${key} (zh)`).not.toBe('');
      expect(message.en.trim(), `${key} (en)`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages of every key', () => {
    for (const [key, message] of entries) {
      expect(placeholdersOf(message.en), key).toEqual(placeholdersOf(message.zh));
    }
  });

  it('declares no key in two areas (a later area would silently win)', () => {
    const declared = Object.values(AREAS).flatMap((area) => Object.keys(area));
    expect(declared.length).toBe(new Set(declared).size);
  });

  it('prefixes every key with its area', () => {
    for (const [area, entriesOfArea] of Object.entries(AREAS)) {
      for (const key of Object.keys(entriesOfArea)) expect(key.startsWith(`${area}.`), key).toBe(true);
    }
  });

  it('fills placeholders and refuses a missing one', () => {
    expect(fill('{a} 与 {b}', { a: 1, b: '二' })).toBe('1 与 二');
    expect(() => fill('{a}', {})).toThrow(/\{a\}/);
  });

  it('says an entry in the language asked for', () => {
    expect(t('common.yes', {}, 'zh')).toBe('是');
    expect(t('common.yes', {}, 'en')).toBe('yes');
  });

  it('reads the same placeholder names at compile time as at run time, braces of prose stepped over', () => {
    const template = '- { id: {id}, name: 全称, since: {period} }，{ 不是 } {year}年' as const;
    expect(placeholdersOf(template)).toEqual(['id', 'period', 'year']);
    expectTypeOf<PlaceholderNames<typeof template>>().toEqualTypeOf<'id' | 'period' | 'year'>();
    expectTypeOf<PlaceholderNames<'{1a} {a-b} {}'>>().toEqualTypeOf<never>();
  });

  it('does not compile a call with a misspelt, missing or unneeded placeholder (checked by npm run typecheck)', () => {
    const say = (): string[] => [
      // @ts-expect-error -- common.quoted's placeholder is {value}, not {wrong}
      t('common.quoted', { wrong: 1 }),
      // @ts-expect-error -- common.quoted needs its {value}
      t('common.quoted'),
      // @ts-expect-error -- common.yes has no placeholders
      t('common.yes', { value: 1 }),
      // @ts-expect-error -- either key may be said, so the values of both are needed
      t(Math.random() > 0.5 ? 'clerk.targetSumOver' : 'clerk.targetSumExpected', { sum: 1, difference: 2, unit: '万' }),
    ];
    expect(say).toThrow(/\{value\}/);
  });
});
