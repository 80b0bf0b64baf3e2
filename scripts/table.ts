/**
 * A table for the terminal: columns padded to the widest cell by display width, so that Chinese
 * (two columns a character) lines up with Latin text. Used by the reports of scripts/ (weight, lighthouse).
 */

/** CJK and other wide characters take two columns of a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export const displayWidth = (text: string): number => [...text].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);

/**
 * The rows as lines, two spaces between columns. `rightAligned(column)`: columns of figures, padded on
 * the left. `rule`: a line of dashes under the first row (a header).
 */
export function tableLines(
  rows: readonly (readonly string[])[],
  { rightAligned = () => false, rule = false }: { rightAligned?: (column: number) => boolean; rule?: boolean } = {},
): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(0, ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (row: readonly string[]) =>
    widths
      .map((width, i) => {
        const cell = row[i] ?? '';
        const pad = ' '.repeat(width - displayWidth(cell));
        return rightAligned(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return [];
  return [line(header), ...(rule ? [widths.map((w) => '-'.repeat(w)).join('  ')] : []), ...body.map(line)];
}
