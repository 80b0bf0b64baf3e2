/**
 * A workbook read back as text (SheetJS), for the golden files: each sheet with its frozen rows,
 * column widths and every row as JSON — strings quoted, numbers bare, so a figure written as text
 * shows — with each numeric cell's number format. Bytes differ from run to run (zip timestamps);
 * this does not.
 */
import * as XLSX from '@e965/xlsx';

export function workbookText(bytes: Uint8Array): string {
  const wb = XLSX.read(bytes, { type: 'buffer', cellNF: true, cellStyles: true });
  const lines: string[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1:A1');
    const widths = (ws['!cols'] ?? []).map((c) => c?.width ?? c?.wch ?? '');
    lines.push(`== ${name} (${ws['!ref']}) 列宽 ${JSON.stringify(widths)}`);
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: unknown[] = [];
      const formats = new Set<string>();
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        row.push(cell?.v ?? null);
        if (cell?.t === 'n' && typeof cell.z === 'string') formats.add(cell.z);
      }
      while (row.length > 0 && row.at(-1) === null) row.pop();
      lines.push(`${JSON.stringify(row)}${formats.size ? `  格式 ${[...formats].join(' ')}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
