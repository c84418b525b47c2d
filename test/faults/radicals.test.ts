/**
 * A PDF whose text layer prints Kangxi radicals for ideographs (⼭ U+2F2D for
 * 山): the department it names resolves to itself, with no C18 finding.
 */
import { describe, expect, it } from 'vitest'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runFile } from '../../src/pipeline/run.js'

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data')

describe('a text layer of Kangxi radicals', () => {
  it('should fold the department key and raise no C18', async () => {
    const r = await runFile(join(DATA, 'kangxi-radicals.pdf'))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.report.meta.department?.raw).toContain('⼭')
    expect(r.report.meta.departmentKey).toBe('佛山市人民代表大会常务委员会办公室')
    expect(r.report.findings.filter((f) => f.code === 'check/department-name')).toEqual([])
  }, 60_000)
})
