import { afterAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { toCsv, CsvFile } from '../../src/store/csv-file.js'
import { writeCsvs, CSV_NAMES } from '../../src/store/csv.js'
import { HEADERS, findingRows, indicatorRows, reportRow, tableRows, wideHeader } from '../../src/store/csv-rows.js'
import { writeRecord } from '../../src/store/record.js'
import { sampleReport } from './sample-report.js'

import { tempDir, removeTempDirs } from '../commands/helpers.js'

const tmp = () => tempDir('jixiao-csv-')
afterAll(() => removeTempDirs())

describe('toCsv', () => {
  it('should quote per RFC 4180 and end records with CRLF', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe('"a,b","say ""hi""","two\nlines",plain\r\n')
  })
  it('should write numbers unquoted and nulls as empty cells', () => {
    expect(toCsv([[5084.38, -3, 0, null, undefined, '']])).toBe('5084.38,-3,0,,,\r\n')
  })
  it('should defuse text that Excel would run as a formula', () => {
    expect(toCsv([['=SUM(A1)', '+1', '@x', '-2']])).toBe("'=SUM(A1),'+1,'@x,'-2\r\n")
  })
})

describe('CsvFile', () => {
  it('should start with a UTF-8 BOM by default and not with --no-bom', async () => {
    const dir = tmp()
    const a = new CsvFile(join(dir, 'a.csv'), ['名称'])
    await a.write([['预算编制']])
    await a.close()
    const b = new CsvFile(join(dir, 'b.csv'), ['名称'], { bom: false })
    await b.close()
    expect([...readFileSync(join(dir, 'a.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('\uFEFF名称\r\n预算编制\r\n')
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe('名称\r\n')
  })
})

describe('rows', () => {
  const r = sampleReport()
  it('should give every row as many cells as its header', () => {
    expect(reportRow(r)).toHaveLength(HEADERS['reports.csv'].length)
    for (const row of indicatorRows(r)) expect(row).toHaveLength(HEADERS['indicators.csv'].length)
    for (const row of tableRows(r)) expect(row).toHaveLength(HEADERS['tables.csv'].length)
    for (const row of findingRows(r)) expect(row).toHaveLength(HEADERS['findings.csv'].length)
  })
  it('should put page, line and quote next to each number', () => {
    const h = HEADERS['indicators.csv']
    const row = indicatorRows(r)[1]!
    const cell = (name: string) => row[h.indexOf(name as never)]
    expect([cell('score'), cell('score_page'), cell('score_line'), cell('score_quote')]).toEqual([19, 2, 2, '19'])
  })
  it('should write one tables.csv row per cell', () => {
    expect(tableRows(r)).toHaveLength(2)
    const h = HEADERS['tables.csv']
    expect(tableRows(r)[0]![h.indexOf('value')]).toBe(5084.38)
    expect(tableRows(r)[0]![h.indexOf('line')]).toBe(3)
  })
  it('should list findings and warnings with report id, department and year', () => {
    const rows = findingRows(r)
    expect(rows.map((x) => x[4])).toEqual(['finding', 'diagnostic'])
    expect(rows[0]!.slice(0, 3)).toEqual([r.id, '某某局, "办公室"', 2020])
    expect(rows[0]![HEADERS['findings.csv'].indexOf('related')]).toBe('p2:1 score')
    // the finding points at a printed figure: its quote is that figure's raw text
    expect(rows[0]![HEADERS['findings.csv'].indexOf('quote')]).toBe('5084.38')
    expect(rows[1]![HEADERS['findings.csv'].indexOf('quote')]).toBe(null)
  })
  it('should give the wide table a score and a max column per key', () => {
    expect(wideHeader(['预算编制', '财务管理']).slice(-4)).toEqual(['预算编制', '预算编制 (max)', '财务管理', '财务管理 (max)'])
  })
})

describe('writeCsvs', () => {
  it('should write every CSV from the records on disk, in the order given', async () => {
    const dir = tmp()
    const a = sampleReport('a'.repeat(64), 'in/a.txt')
    const b = sampleReport('b'.repeat(64), 'in/b.txt')
    b.indicators = b.indicators.slice(1)
    writeRecord(dir, a)
    writeRecord(dir, b)
    await writeCsvs(dir, [b.id, a.id], { wideMin: 1 })
    for (const name of CSV_NAMES) expect(readFileSync(join(dir, name), 'utf8').startsWith('\uFEFF')).toBe(true)
    const reports = readFileSync(join(dir, 'reports.csv'), 'utf8').split('\r\n')
    expect(reports[1]!.startsWith(`${b.id},in/b.txt,`)).toBe(true)
    expect(reports[2]!.startsWith(`${a.id},in/a.txt,`)).toBe(true)
    expect(reports[1]).toContain('"某某局, ""办公室"""')
    const wide = readFileSync(join(dir, 'indicators-wide.csv'), 'utf8').split('\r\n')
    // with wideMin 1 every key, the most shared first: 财务管理 (no key: its name) in both, 预算编制 in a only
    expect(wide[0]).toBe('\uFEFFreport_id,path,department,region,province,city,year,total_score,total_max,grade,财务管理,财务管理 (max),预算编制,预算编制 (max)')
    expect(wide[1]).toBe(`${b.id},in/b.txt,"某某局, ""办公室""",,,,2020,,28,,19,20,,`)
    expect(wide[2]).toBe(`${a.id},in/a.txt,"某某局, ""办公室""",,,,2020,,28,,19,20,7,8`)
    // by default only the keys two reports share
    await writeCsvs(dir, [b.id, a.id])
    expect(readFileSync(join(dir, 'indicators-wide.csv'), 'utf8').split('\r\n')[0]).toMatch(/grade,财务管理,财务管理 \(max\)$/)
    const facts = readFileSync(join(dir, 'facts.csv'), 'utf8')
    expect(facts).toContain(",-1.5,,2,4,'=SUM(A1),test")
  })
})
