import { describe, expect, it } from 'vitest';
import { fill, placeholdersOf } from './catalogue.ts';
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
});
