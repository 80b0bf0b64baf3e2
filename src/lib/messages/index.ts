/**
 * The one message catalogue: every area's entries joined, and `t(key, vars)` to say one.
 * To add an area: a file beside this one exporting `defineMessages({...})`, and one line in AREAS.
 */
import { render, type Messages, type Vars } from './catalogue.ts';
import type { Lang } from './lang.ts';
import { commonMessages } from './common.ts';
import { deployMessages } from './deploy.ts';
import { siteMessages } from './site.ts';

/** Every area's entries; the catalogue test checks that no key is declared twice. */
export const AREAS = { common: commonMessages, deploy: deployMessages, site: siteMessages } as const;

type Union<T> = T[keyof T];
type AllEntries = Union<{ [A in keyof typeof AREAS]: (typeof AREAS)[A] }>;
type KeysOf<T> = T extends unknown ? keyof T : never;
export type MessageKey = KeysOf<AllEntries> & string;

export const messages: Messages = Object.assign({}, ...Object.values(AREAS));

/** The text of a catalogue entry in the chosen language, placeholders filled. */
export function t(key: MessageKey, vars?: Vars, lang?: Lang): string {
  const message = messages[key];
  if (!message) throw new Error(`no message "${key}" in the catalogue`);
  return render(message, vars, lang);
}
