/**
 * The one list of characters nobody can see in an editor, and the subsets each check refuses.
 * Reading refuses raw control bytes (CONTROL); validation refuses every hidden character in a value
 * or key (HIDDEN, validate/hidden-characters.ts); a message shows any of them as \uXXXX (showInvisible),
 * so what the clerk cannot see is written out where they read about it.
 */

/**
 * Every invisible character: controls (C0, DEL, C1), format characters (zero-width spaces and joiners,
 * word joiner, BOM, bidi controls, soft hyphen, tags …), the line and paragraph separators, the
 * no-break space, and the blank "filler" letters that show as nothing.
 */
// The Hangul fillers are listed one by one on purpose: each shows as nothing on its own.
// eslint-disable-next-line no-misleading-character-class
export const INVISIBLE = /[\p{Cc}\p{Cf}\u00A0\u2028\u2029\u034F\u115F\u1160\u3164\uFFA0]/gu;

/**
 * Refused in a value or key: every invisible character but the line feed (a block of text holds
 * lines) and the no-break space.
 */
// eslint-disable-next-line no-misleading-character-class
export const HIDDEN = /(?![\n\u00A0])[\p{Cc}\p{Cf}\u2028\u2029\u034F\u115F\u1160\u3164\uFFA0]/gu;

/** Refused in a file's bytes (YAML forbids them too): the C0 controls but tab, LF and CR, and DEL. */
export const CONTROL = /(?![\t\n\r])[\x00-\x1f\x7f]/;

/** `\u202E`: how an invisible character is written in a message. */
export const codeOf = (char: string) => `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with each invisible character written as \uXXXX. */
export const showInvisible = (text: string) => text.replace(INVISIBLE, codeOf);
