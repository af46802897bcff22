/**
 * A platform's monthly export as rows, whoever reads it: `npm run import:hours` on a computer and the
 * web editor's upload in a browser. Excel files are read by read-excel-file (each side passes its own
 * build of it); CSV is read as UTF-8, or as GBK, which Excel's plain "CSV" writes on a Chinese Windows.
 */
import { parse } from 'csv-parse/sync';

interface SheetRow {
  /** the line it came from (1 is the header) */
  line: number;
  cells: unknown[];
}

export type SheetReading = { rows: SheetRow[]; note?: string } | { problem: string };

export async function readExportSheet(
  fileName: string,
  bytes: Uint8Array,
  readXlsx: (bytes: Uint8Array) => Promise<unknown[][]>,
): Promise<SheetReading> {
  if (/\.xlsx$/i.test(fileName)) {
    const sheet = await readXlsx(bytes);
    return { rows: sheet.map((cells, i) => ({ line: i + 1, cells })) };
  }
  if (!/\.csv$/i.test(fileName)) {
    return { problem: '只能导入 .csv 或 .xlsx 文件（旧的 .xls 请先在 Excel 中另存为 .xlsx）。' };
  }
  let text: string;
  let note: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    note = `按 UTF-8 读取${text.startsWith('\uFEFF') ? '（文件带 BOM）' : ''}。`;
  } catch {
    text = new TextDecoder('gbk').decode(bytes);
    note = '文件不是 UTF-8，按 GBK（Excel 在中文 Windows 上的默认编码）读取。';
  }
  const records = parse(text.replace(/^\uFEFF/, ''), { info: true, relax_column_count: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return { rows: records.map(({ record, info }) => ({ line: info.lines, cells: record })), note };
}
