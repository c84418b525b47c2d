/**
 * `jixiao export`: the workbook is opened with exceljs and the Parquet files
 * are read back with hyparquet; sheets, Chinese headers, cell types (ids as
 * text, percentages as numbers with a % format), row counts and column types
 * are checked against the extract folder's CSVs and the documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet'
import { ensureBuilt, jixiao, removeTempDirs, SEED, tempDir } from './helpers.js'
import { realFixture } from '../helpers/fixtures.js'

let dir = ''
const csvLines = (name: string) => readFileSync(join(dir, 'out', name), 'utf8').trim().split('\n').length - 1

beforeAll(() => {
  ensureBuilt()
  dir = tempDir()
  copyFileSync(SEED, join(dir, 'seed.txt'))
  // 10: 绩效目标自评表 whose targets are printed as 95% / 100%
  copyFileSync(realFixture('10'), join(dir, 'ten.txt'))
  const r = jixiao(['extract', 'seed.txt', 'ten.txt', '-o', 'out', '--jobs', '1'], dir)
  expect(r.code).toBe(0)
  const e = jixiao(['export', 'out', '--xlsx', 'out.xlsx', '--parquet', 'pq', '--jsonl', 'out.jsonl'], dir)
  expect(e.stderr).toMatch(/exported 2 report/)
  expect(e.code).toBe(0)
})
afterAll(() => removeTempDirs())

describe('export --xlsx', () => {
  it('should hold the six sheets with Chinese headers, a frozen header row and filters', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(join(dir, 'out.xlsx'))
    expect(wb.worksheets.map((w) => w.name)).toEqual(['报告', '指标', '表格', '事实', '发现', '字段说明'])
    const reports = wb.getWorksheet('报告')!
    expect(reports.getRow(1).getCell(1).value).toBe('报告编号')
    expect(reports.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(reports.autoFilter).toBeTruthy()
    expect(reports.rowCount - 1).toBe(csvLines('reports.csv'))
    expect(wb.getWorksheet('指标')!.rowCount - 1).toBe(csvLines('indicators.csv'))
    expect(wb.getWorksheet('表格')!.rowCount - 1).toBe(csvLines('tables.csv'))
    const fields = wb.getWorksheet('字段说明')!
    const keys = fields.getColumn(3).values as unknown[]
    expect(keys).toEqual(expect.arrayContaining(['report_id', 'target_value', 'total_score']))
  })

  it('should type cells: ids as text, scores as numbers, a printed 95% as 0.95 with a % format', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(join(dir, 'out.xlsx'))
    const ws = wb.getWorksheet('指标')!
    const header = (ws.getRow(1).values as unknown[]).slice(1)
    const col = (zh: string) => header.indexOf(zh) + 1
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2))
    for (const r of rows) expect(typeof r.getCell(col('报告编号')).value).toBe('string')
    // 10.txt line 26: 种植作物成活率 | 5 | 95% | 95% | 5
    const survival = rows.find((r) => r.getCell(col('指标名称')).value === '种植作物成活率')!
    expect(survival.getCell(col('分值')).value).toBe(5)
    const target = survival.getCell(col('目标值'))
    expect(target.value).toBeCloseTo(0.95, 10)
    expect(target.numFmt).toMatch(/%$/)
    expect(survival.getCell(col('目标单位')).value).toBe('%')
  })
})

describe('export --parquet and --jsonl', () => {
  it('should write one Parquet file per table with typed columns and the CSV row counts', async () => {
    for (const [base, csv] of [['reports', 'reports.csv'], ['indicators', 'indicators.csv'], ['tables', 'tables.csv'], ['facts', 'facts.csv'], ['findings', 'findings.csv']] as const) {
      const file = await asyncBufferFromFile(join(dir, 'pq', `${base}.parquet`))
      const rows = await parquetReadObjects({ file })
      expect(rows.length, base).toBe(csvLines(csv))
    }
    const file = await asyncBufferFromFile(join(dir, 'pq', 'indicators.parquet'))
    const schema = parquetSchema(await parquetMetadataAsync(file))
    const type = (name: string) => schema.children.find((c) => c.element.name === name)?.element
    expect(type('report_id')).toMatchObject({ type: 'BYTE_ARRAY' })
    expect(type('score')).toMatchObject({ type: 'DOUBLE' })
    expect(type('page')).toMatchObject({ type: 'INT32' })
    const rows = await parquetReadObjects({ file })
    const survival = rows.find((r) => r.name === '种植作物成活率')!
    expect(survival).toMatchObject({ max: 5, target_value: 95, target_unit: '%' })
    expect(typeof survival.report_id).toBe('string')
  })

  it('should write one record a line', () => {
    const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')
    expect(lines).toHaveLength(2)
    for (const l of lines) expect(JSON.parse(l)).toMatchObject({ schemaVersion: 1, producer: { tool: 'jixiao' } })
  })

  it('should refuse a folder whose run did not finish, and a call without a format', () => {
    expect(jixiao(['export', 'out'], dir).code).toBe(2)
    const m = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8'))
    const half = tempDir()
    writeFileSync(join(half, 'manifest.json'), JSON.stringify({ ...m, complete: false }))
    const r = jixiao(['export', half, '--jsonl', join(half, 'x.jsonl')], dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/did not finish writing/)
  })
})
