/**
 * The language of messages: Chinese (zh-CN) for the clerks who read them; English for developers
 * who set BOARD_LANG=en (the command line also takes `--lang en`, which sets it: scripts/cli.ts). A
 * message's language is chosen when the issue is made, so everything downstream (text, GitHub
 * annotations, JSON) agrees.
 */
import type { Lang } from './catalogue.ts';

export type { Lang };

/** A value BOARD_LANG may take (../config.ts reports any other). */
export const LANG = /^(zh|en)([-_][a-z]+)?$/i;

/**
 * The language of messages, for every message said: never throws (a wrong value is reported by
 * ../config.ts, which checks every setting). Reads the environment and writes nothing.
 */
export function langSetting(env: Record<string, string | undefined> = globalThis.process?.env ?? {}): Lang {
  const value = env.BOARD_LANG === '' ? undefined : env.BOARD_LANG;
  return value !== undefined && LANG.test(value) && /^en/i.test(value) ? 'en' : 'zh';
}

/** The language BOARD_LANG asks for; Chinese by default. */
export const messageLang = (): Lang => langSetting();
