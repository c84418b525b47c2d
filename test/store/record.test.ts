import { afterAll, describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { listRecordIds, readRecord, recordPath, removeStaleTemps, writeRecord } from '../../src/store/record.js'
import { sampleReport } from './sample-report.js'

import { tempDir, removeTempDirs } from '../commands/helpers.js'

const tmp = () => tempDir('jixiao-rec-')
afterAll(() => removeTempDirs())

describe('writeRecord', () => {
  it('should write reports/<id>.json that reads back equal', () => {
    const dir = tmp()
    const r = sampleReport()
    writeRecord(dir, r)
    expect(readRecord(recordPath(dir, r.id))).toEqual(r)
    expect(readdirSync(join(dir, 'reports'))).toEqual([`${r.id}.json`])
  })
  it('should refuse a record that breaks the schema and leave no file behind', () => {
    const dir = tmp()
    const bad = { ...sampleReport(), schemaVersion: 2 } as never
    expect(() => writeRecord(dir, bad)).toThrow(/report schema/)
    expect(listRecordIds(dir).size).toBe(0)
  })
})

describe('listRecordIds', () => {
  it('should ignore temporary files and removeStaleTemps should delete them', () => {
    const dir = tmp()
    writeRecord(dir, sampleReport())
    writeFileSync(join(dir, 'reports', 'bbbb.json.tmp-123-abc'), '{"half')
    expect([...listRecordIds(dir)]).toEqual(['aaaaaaaaaaaaaaaa'])
    removeStaleTemps(dir)
    expect(readdirSync(join(dir, 'reports'))).toEqual(['aaaaaaaaaaaaaaaa.json'])
  })
  it('should find no records in a folder that does not exist', () => {
    expect(listRecordIds(join(tmp(), 'nope')).size).toBe(0)
  })
})

describe('readRecord', () => {
  it('should name the file when it is not a record', () => {
    const dir = tmp()
    const path = join(dir, 'x.json')
    writeFileSync(path, '{"id": 1}')
    expect(() => readRecord(path)).toThrow(path)
    expect(readFileSync(path, 'utf8')).toBe('{"id": 1}')
  })
})
