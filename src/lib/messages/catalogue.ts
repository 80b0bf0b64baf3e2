/**
 * The shape of the message catalogue: every text a clerk or developer reads (validator messages,
 * script output) is one keyed entry with its Chinese and its English side by side, placeholders
 * written `{name}`. Each area keeps its entries in a file of its own here (`validate.ts`,
 * `excel.ts`, …) and `index.ts` joins them; `t()` picks the language.
 */
/** The two languages of every message: Chinese for the clerks, English for developers. */
export type Lang = 'zh' | 'en';

export interface Message {
  zh: string;
  en: string;
}

export type Messages = Record<string, Message>;

export type Vars = Record<string, string | number>;

type Letter =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z';
type NameStart = Letter | Uppercase<Letter> | '_';
type NameChar = NameStart | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
/** Whether a text is a placeholder name as PLACEHOLDER reads one (a letter or _, then letters, digits, _). */
type IsName<S extends string, First = true> = S extends `${infer C}${infer Rest}`
  ? C extends (First extends true ? NameStart : NameChar)
    ? IsName<Rest, false>
    : false
  : First extends true
    ? false
    : true;

/**
 * The placeholder names of a template literal type, as `placeholdersOf` finds them at run time:
 * `PlaceholderNames<'“{value}”又用了{count}次'>` is `'value' | 'count'`. A `{` that opens no name
 * (a brace in prose) is stepped over, as the pattern steps over it.
 */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Inside}`
  ? Inside extends `${infer Name}}${infer Rest}`
    ? IsName<Name> extends true
      ? Name | PlaceholderNames<Rest>
      : PlaceholderNames<Inside>
    : never
  : never;

/** The values a message needs: one per placeholder of its Chinese or English side. */
export type VarsOf<M extends Message> = string extends M['zh'] | M['en']
  ? Vars // a side built at run time (not a literal): its names are known only then
  : { [N in PlaceholderNames<M['zh']> | PlaceholderNames<M['en']>]: string | number };

/** Declares an area's entries (keys prefixed with the area, e.g. `excel.notSpreadsheet`). */
export function defineMessages<const T extends Messages>(messages: T): T {
  return messages;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The placeholder names a template uses, sorted and without repeats. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** Fills `{name}` from vars; a placeholder without a value is a programming error, so it throws. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!(name in vars)) throw new Error(`message placeholder {${name}} has no value`);
    return String(vars[name]);
  });
}

/** One entry in the given language (index.ts's `t()` passes the one BOARD_LANG chose). */
export function render(message: Message, vars: Vars | undefined, lang: Lang): string {
  return fill(message[lang], vars);
}
