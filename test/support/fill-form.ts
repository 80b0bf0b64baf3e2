/**
 * Filling a generated 报送表 as a clerk would in Excel: cells typed in, or the form spoilt on purpose
 * (a row inserted, a label changed, the hidden sheet removed). exceljs reads only the forms this
 * project wrote itself (trusted); the import under test reads them with SheetJS.
 */
import ExcelJS from 'exceljs';

export type Edit = (wb: ExcelJS.Workbook) => void | Promise<void>;

export async function editForm(bytes: Uint8Array, ...edits: Edit[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  for (const edit of edits) await edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Types values into cells of a sheet (报送表 unless named). */
export const fill =
  (cells: Record<string, ExcelJS.CellValue>, sheet = '报送表'): Edit =>
  (wb) => {
    const ws = wb.getWorksheet(sheet)!;
    for (const [ref, value] of Object.entries(cells)) ws.getCell(ref).value = value;
  };

export const removeSheet =
  (name: string): Edit =>
  (wb) => {
    wb.removeWorksheet(wb.getWorksheet(name)!.id);
  };

export const insertRow =
  (at: number, sheet = '报送表'): Edit =>
  (wb) => {
    const ws = wb.getWorksheet(sheet)!;
    ws.unMergeCells(`A${at}:H${at}`);
    ws.spliceRows(at, 0, ['插入的一行']);
  };
