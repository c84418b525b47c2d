/**
 * The run's CSV files come out in output order whatever order the workers'
 * results arrive in, with records kept from an earlier run read in their
 * place, failed slots left out, and no temporary file left behind.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { OrderedCsv } from '../../src/bulk/csv-order.js'
import { CSV_NAMES, csvParts } from '../../src/store/csv.js'
import { writeRecord } from '../../src/store/record.js'
import { sampleReport } from '../store/sample-report.js'
import { tempDir, removeTempDirs } from '../commands/helpers.js'

afterAll(() => removeTempDirs())

const reports = ['a', 'b', 'c', 'd'].map((x) => sampleReport(x.repeat(64), `in/${x}.txt`))
reports[1]!.indicators = reports[1]!.indicators.slice(1)

function files(dir: string): Record<string, string> {
  return Object.fromEntries(CSV_NAMES.map((n) => [n, readFileSync(join(dir, n), 'utf8')]))
}

describe('OrderedCsv', () => {
  it('should write the same files for results in order and out of order', () => {
    const inOrder = tempDir('jixiao-order-')
    const a = new OrderedCsv(inOrder, reports.map(() => ({ kind: 'todo' as const })))
    reports.forEach((r, i) => a.settle(i, csvParts(r)))
    a.finish()
    const shuffled = tempDir('jixiao-order-')
    const b = new OrderedCsv(shuffled, reports.map(() => ({ kind: 'todo' as const })))
    for (const i of [2, 0, 3, 1]) b.settle(i, csvParts(reports[i]!))
    b.finish()
    expect(files(shuffled)).toEqual(files(inOrder))
    expect(readFileSync(join(inOrder, 'reports.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(5)
    expect(readdirSync(shuffled).sort()).toEqual([...CSV_NAMES].sort())
  })

  it('should read kept records in their place and leave out failed and unsettled slots', () => {
    const dir = tempDir('jixiao-order-')
    writeRecord(dir, reports[1]!)
    const w = new OrderedCsv(dir, [{ kind: 'todo' }, { kind: 'resumed', id: reports[1]!.id }, { kind: 'todo' }, { kind: 'todo' }])
    w.settle(2, null)
    w.settle(0, csvParts(reports[0]!))
    w.finish() // slot 3 never settled (an interrupted run)
    const rows = readFileSync(join(dir, 'reports.csv'), 'utf8').trimEnd().split('\r\n').slice(1)
    expect(rows.map((r) => r.split(',')[0])).toEqual([reports[0]!.id, reports[1]!.id])
    const wide = readFileSync(join(dir, 'indicators-wide.csv'), 'utf8').trimEnd().split('\r\n')
    expect(wide).toHaveLength(3)
  })
})
