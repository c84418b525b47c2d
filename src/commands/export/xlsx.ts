/**
 * export/xlsx: one workbook for people (Excel, WPS, LibreOffice): sheets
 * 报告, 指标, 表格, 事实, 发现 with Chinese headers, and 字段说明 (each
 * column's Chinese name, English CSV name, meaning, unit). Cells are typed:
 * ids and other text as text (an all-digit report_id stays exact), counts and
 * amounts as numbers beside their unit column, and a value whose unit column
 * says % as a number with a percent format (95% → 0.95 shown as 95%). The
 * header row is frozen, filters are on, and column widths fit the text.
 */
import ExcelJS from 'exceljs'
import type { ExportTable } from './tables.js'
import type { CsvValue } from '../../store/csv-rows.js'

/** Sheet name of each table. */
export const SHEETS: Record<string, string> = { reports: '报告', indicators: '指标', tables: '表格', facts: '事实', findings: '发现' }
/** Name of the column-description sheet. */
export const FIELDS_SHEET = '字段说明'

/** Display width of text: CJK and other wide characters count two. */
function width(s: string): number {
  let w = 0
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1
  return w
}

const fit = (w: number) => Math.min(60, Math.max(6, w + 2))

/** Adds a sheet with a frozen, filtered header row and fitting widths. */
function addSheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: { value: CsvValue; numFmt?: string }[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  const widths = header.map(width)
  ws.addRow(header).font = { bold: true }
  for (const cells of rows) {
    const row = ws.addRow(cells.map((c) => c.value ?? null))
    cells.forEach((c, i) => {
      if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt
      const text = c.value === null || c.value === undefined ? '' : c.numFmt ? `${c.value}%` : String(c.value)
      widths[i] = Math.max(widths[i] ?? 0, width(text))
    })
  }
  ws.columns.forEach((col, i) => {
    col.width = fit(Math.min(widths[i] ?? 0, 58))
  })
  if (header.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } }
}

/** A typed cell of a table row. */
function cellsOf(t: ExportTable, row: readonly CsvValue[]): { value: CsvValue; numFmt?: string }[] {
  return t.columns.map((c, i) => {
    const v = row[i]
    if (v === null || v === undefined || v === '') return { value: null }
    if (c.type === 'id' || c.type === 'text') return { value: String(v) }
    if (typeof v !== 'number') return { value: String(v) }
    const unitAt = c.unitColumn ? t.columns.findIndex((x) => x.key === c.unitColumn) : -1
    if (unitAt >= 0 && row[unitAt] === '%') return { value: v / 100, numFmt: Number.isInteger(v) ? '0%' : '0.0##%' }
    return { value: v }
  })
}

/**
 * Writes the workbook.
 * @param file path of the .xlsx
 * @param tables the long-format tables
 */
export async function writeXlsx(file: string, tables: readonly ExportTable[]): Promise<void> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'jixiao'
  for (const t of tables) {
    addSheet(wb, SHEETS[t.base] ?? t.base, t.columns.map((c) => c.zh), t.rows.map((r) => cellsOf(t, r)))
  }
  const fields = tables.flatMap((t) => t.columns.map((c) => [SHEETS[t.base] ?? t.base, c.zh, c.key, c.meaning, c.unit, c.type].map((value) => ({ value }))))
  addSheet(wb, FIELDS_SHEET, ['表', '中文名', '字段（CSV 列名）', '含义', '单位', '类型'], fields)
  await wb.xlsx.writeFile(file)
}
