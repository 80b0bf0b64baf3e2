/**
 * A ZIP (an .xlsx) whose entries all carry one given date. ExcelJS stamps each entry with the time it
 * was written, so two builds of the same month would publish different bytes; with the month's release
 * date instead, a rebuild writes the same file (and an unchanged download stays unchanged for caches,
 * the permanence check and the deploy's file comparison). The entries' compressed data is kept as is.
 */
import JSZip from 'jszip';

export async function withFixedDates(zipBytes: Uint8Array, date: Date): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(zipBytes);
  zip.forEach((_path, entry) => {
    entry.date = date;
  });
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return new Uint8Array(out);
}
