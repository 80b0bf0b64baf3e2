/**
 * The one message catalogue: every area's entries joined, and `t(key, vars)` to say one.
 * To add an area: a file beside this one exporting `defineMessages({...})`, and one line in AREAS.
 */
import { render, type Lang, type Message, type Messages, type Vars, type VarsOf } from './catalogue.ts';
import { messageLang } from './lang.ts';
import { commonMessages } from './common.ts';
import { configMessages } from './config.ts';
import { clerkMessages } from './clerk.ts';
import { cliMessages } from './cli.ts';
import { deployMessages } from './deploy.ts';
import { excelMessages } from './excel.ts';
import { formsMessages } from './forms.ts';
import { ledgerMessages } from './ledger.ts';
import { publishedMessages } from './published.ts';
import { readMessages } from './read.ts';
import { rulesMessages } from './rules.ts';
import { scriptsMessages } from './scripts.ts';
import { siteMessages } from './site.ts';
import { validateMessages } from './validate.ts';

/** Every area's entries; the catalogue test checks that no key is declared twice. */
export const AREAS = {
  common: commonMessages,
  config: configMessages,
  read: readMessages,
  validate: validateMessages,
  rules: rulesMessages,
  ledger: ledgerMessages,
  published: publishedMessages,
  scripts: scriptsMessages,
  cli: cliMessages,
  forms: formsMessages,
  deploy: deployMessages,
  site: siteMessages,
  clerk: clerkMessages,
  excel: excelMessages,
} as const;

type Union<T> = T[keyof T];
type AllEntries = Union<{ [A in keyof typeof AREAS]: (typeof AREAS)[A] }>;
type KeysOf<T> = T extends unknown ? keyof T : never;
export type MessageKey = Extract<KeysOf<AllEntries>, string>;

export const messages = Object.assign({}, ...Object.values(AREAS)) as Messages;

/** The entry of a key, with its literal Chinese and English (of each key, for a union of keys). */
type EntryOf<K extends MessageKey> = K extends MessageKey ? Extract<AllEntries, Record<K, unknown>>[K] : never;
type NeedsOf<K extends MessageKey> = EntryOf<K> extends Message ? VarsOf<EntryOf<K>> : Vars;
/**
 * What `t(key, …)` takes after the key: the values of exactly the entry's placeholders (a missing or
 * misspelt name does not compile), optional where it has none; for `t(a ? 'x' : 'y', vars)`, those of
 * both. A key only known as `MessageKey` (chosen at run time from the whole catalogue) takes any
 * values, checked when it is said.
 */
export type ArgsOf<K extends MessageKey> = [MessageKey] extends [K]
  ? [vars?: Vars, lang?: Lang]
  : keyof NeedsOf<K> extends never
    ? [vars?: Record<string, never>, lang?: Lang]
    : [vars: NeedsOf<K>, lang?: Lang];

/** A key whose entry has no placeholders: what a caller can say as `t(key)` alone. */
export type PlainKey = { [K in MessageKey]: keyof NeedsOf<K> extends never ? K : never }[MessageKey];

/** The text of a catalogue entry in the chosen language, placeholders filled. */
export function t<K extends MessageKey>(key: K, ...[vars, lang]: ArgsOf<K>): string {
  const message = messages[key];
  if (!message) throw new Error(`no message "${key}" in the catalogue`);
  return render(message, vars, lang ?? messageLang());
}

/** Items as a list in the chosen language: 甲、乙、丙 or a, b, c. */
export const listOf = (items: ReadonlyArray<string | number>, lang?: Lang): string =>
  items.join(t('common.listSeparator', {}, lang));

/** A value the clerk wrote, quoted: “gangqu” or "gangqu". */
export const quoted = (value: string | number, lang?: Lang): string => t('common.quoted', { value }, lang);
