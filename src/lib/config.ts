/**
 * The settings: every BOARD_* environment variable is read and checked here, and nowhere else
 * (docs/settings.md describes each). A wrong value stops the build or the script with a message
 * that names the variable, what it should be and what it was, in Chinese (English with
 * BOARD_LANG=en) — never a stack trace. An empty value counts as unset.
 *
 * Every stage may import this module; it imports only the message catalogue's shape and entries, and the
 * reading of BOARD_LANG (messages/lang.ts: the language is needed by every message, so the catalogue's
 * leaf reads it, and this module checks it with the others).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { render, type Lang, type VarsOf } from './messages/catalogue.ts';
import { configMessages } from './messages/config.ts';
import { LANG, langSetting } from './messages/lang.ts';

export interface BoardConfig {
  /** BOARD_SITE_URL: where the board is published (absolute links in feeds, the sitemap, link previews). */
  siteUrl: string;
  /** BOARD_ROOT: the folder holding data/ (default: the working directory). */
  root: string;
  /** BOARD_CURRENT_PERIOD: the month taken as "now" (YYYY-MM); unset: this month in Beijing. */
  currentPeriod: string | undefined;
  /** BOARD_LANG: the language of messages (zh by default, en for developers). */
  lang: Lang;
  /** BOARD_PREVIEW=1: a preview build with the draft months, marked 草稿·未发布 and never deployed. */
  preview: boolean;
  /** BOARD_IMAGE_CACHE: where drawn pictures are kept between builds. */
  imageCache: string;
  /** BOARD_FINISH_APART=1: pictures and compressed copies are left to scripts/finish-build.ts (scripts/build.sh). */
  finishApart: boolean;
}

type Env = Record<string, string | undefined>;

const processEnv = (): Env => globalThis.process?.env ?? {};
const valueOf = (env: Env, name: string) => (env[name] === '' ? undefined : env[name]);

export const DEFAULT_SITE_URL = 'https://paihangbang.example.gov.cn';

export { langSetting };

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
const exists = (path: string) => statSync(path, { throwIfNoEntry: false }) !== undefined;

function isWebAddress(value: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

type Area = 'currentPeriod' | 'siteUrl' | 'root' | 'lang' | 'preview' | 'imageCache' | 'finishApart';

export interface ConfigResult {
  config: BoardConfig;
  /** One line per wrong value, in the language of messages. */
  problems: string[];
}

/** Reads and checks every setting; the defaults stand in for wrong values, which are each described. */
export function readConfig(env: Env = processEnv()): ConfigResult {
  const lang = langSetting(env);
  const problems: string[] = [];
  const say = <K extends keyof typeof configMessages>(key: K, vars?: VarsOf<(typeof configMessages)[K]>) =>
    render(configMessages[key], vars, lang);
  const check = (name: string, area: Area, ok: (value: string) => boolean): string | undefined => {
    const value = valueOf(env, name);
    if (value === undefined || ok(value)) return value;
    problems.push(
      say('config.problem', {
        name,
        value,
        expected: say(`config.${area}.expected`),
        suggestion: say(`config.${area}.suggestion`),
      }),
    );
    return undefined;
  };
  const cwd = globalThis.process?.cwd?.() ?? '.';
  check('BOARD_LANG', 'lang', (v) => LANG.test(v));
  const config: BoardConfig = {
    siteUrl: check('BOARD_SITE_URL', 'siteUrl', isWebAddress) ?? DEFAULT_SITE_URL,
    root: check('BOARD_ROOT', 'root', isFolder) ?? cwd,
    currentPeriod: check('BOARD_CURRENT_PERIOD', 'currentPeriod', (v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v)),
    lang,
    preview: check('BOARD_PREVIEW', 'preview', (v) => v === '0' || v === '1') === '1',
    imageCache:
      check('BOARD_IMAGE_CACHE', 'imageCache', (v) => !exists(v) || isFolder(v)) ??
      join(cwd, 'node_modules', '.cache', 'paihangbang-images'),
    finishApart: check('BOARD_FINISH_APART', 'finishApart', (v) => v === '0' || v === '1') === '1',
  };
  return { config, problems };
}

/** A wrong setting: its message is the whole explanation (the stack adds nothing for the reader). */
export class ConfigError extends Error {
  constructor(problems: string[], lang: Lang) {
    super([render(configMessages['config.stopped'], { count: problems.length }, lang), ...problems].join('\n'));
    this.name = 'ConfigError';
    this.stack = this.message;
  }
}

/** The settings, checked: throws a ConfigError listing every wrong value. */
export function boardConfig(env: Env = processEnv()): BoardConfig {
  const { config, problems } = readConfig(env);
  if (problems.length > 0) throw new ConfigError(problems, config.lang);
  return config;
}

/** For scripts and astro.config.mjs: the settings, or every wrong value printed and exit code 2. */
export function boardConfigOrExit(env: Env = processEnv()): BoardConfig {
  try {
    return boardConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
