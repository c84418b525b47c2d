/**
 * `jixiao review` and `jixiao check` from the command line (dist/cli.js), no
 * browser: the site's files, usage errors, a PDF whose file is gone, and the
 * quotes of both sides in check --json.
 */
import { existsSync, readFileSync, readdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEED, ensureBuilt, jixiao, removeTempDirs, tempDir, writeTree } from '../commands/helpers.js'

beforeAll(ensureBuilt)
afterAll(removeTempDirs)

/** The seed printed to PDF by Chromium. */
const PDF = join(SEED, '../../fixtures/pdf-chromium/input.pdf')

describe('jixiao review', () => {
  it('prints its usage; no path or a bad --lang is a usage error', () => {
    const dir = tempDir()
    expect(jixiao(['review', '--help'], dir).stdout).toMatch(/^Usage: jixiao review PATH\.\.\./)
    expect(jixiao(['review'], dir).code).toBe(2)
    expect(jixiao(['review', 'x', '--lang', 'de'], dir).code).toBe(2)
  })

  it('writes an index and one page per report from an output folder; a failed input is listed with its reason', () => {
    const dir = tempDir()
    const seed = readFileSync(SEED, 'utf8')
    writeTree(dir, { 'in/a.txt': seed.replace('95分，绩效等级', '96分，绩效等级'), 'in/b.txt': '' })
    expect(jixiao(['extract', 'in', '-o', 'out'], dir).code).toBe(1)
    const r = jixiao(['review', 'out', '-o', 'site'], dir)
    expect(r.code).toBe(0)
    const files = readdirSync(join(dir, 'site')).sort()
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(2)
    const index = readFileSync(join(dir, 'site/index.html'), 'utf8')
    expect(index).toContain('in/b.txt')
    expect(index).toContain('read/empty')
    const page = readFileSync(join(dir, 'site', files.find((f) => f !== 'index.html')!), 'utf8')
    expect(page).toContain('指标得分合计与总分不符')
    expect(page).toContain('所述总分为 96，各指标得分合计为 95')
    expect(page).not.toMatch(/<(link|script)[^>]+(src|href)=/)
  })

  it('a PDF whose file is gone gets its page without images, and says why', () => {
    const dir = tempDir()
    writeTree(dir, { 'in/seed.pdf': readFileSync(PDF) })
    expect(jixiao(['extract', 'in', '-o', 'out'], dir).code).toBe(0)
    renameSync(join(dir, 'in'), join(dir, 'moved'))
    const r = jixiao(['review', 'out', '-o', 'site'], dir)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('in/seed.pdf not found')
    const name = readdirSync(join(dir, 'site')).find((f) => f !== 'index.html')!
    expect(readFileSync(join(dir, 'site', name), 'utf8')).toContain('无法显示页面图像：in/seed.pdf not found')
    expect(readdirSync(join(dir, 'site')).some((f) => f.endsWith('.png'))).toBe(false)
  })

  it('renders the pages of a PDF report with one image per cited side', () => {
    const dir = tempDir()
    writeTree(dir, { 'seed.pdf': readFileSync(PDF) })
    expect(jixiao(['review', 'seed.pdf', '-o', 'site', '--lang', 'en'], dir).code).toBe(0)
    // the seed PDF's one finding (C13) cites the stated rate and three cells of the total row
    expect(readdirSync(join(dir, 'site')).filter((f) => f.endsWith('.png'))).toHaveLength(4)
    expect(existsSync(join(dir, 'site/index.html'))).toBe(true)
    expect(readFileSync(join(dir, 'site/index.html'), 'utf8')).toContain('<html lang="en">')
  })
})

describe('check output', () => {
  it('--json carries the label, figure and quote of each side', () => {
    const dir = tempDir()
    writeTree(dir, { 'a.txt': readFileSync(SEED, 'utf8').replace('95分，绩效等级', '96分，绩效等级') })
    const json = JSON.parse(jixiao(['check', 'a.txt', '--json'], dir).stdout)
    const f = json.reports[0].findings.find((x: { code: string }) => x.code === 'check/score-sum')
    expect(f).toMatchObject({ label: '总分', raw: '96', title: '指标得分合计与总分不符', text: '所述总分为 96，各指标得分合计为 95' })
    expect(f.quote).toContain('96分，绩效等级为“优”')
    expect(f.related[0]).toMatchObject({ label: '预算编制情况 得分', raw: '7', quote: '该指标分值 8分，自评得分 7分。' })
  })

  it('text output prints every side with page:line and quote', () => {
    const dir = tempDir()
    writeTree(dir, { 'a.txt': readFileSync(SEED, 'utf8').replace('95分，绩效等级', '96分，绩效等级') })
    const lines = jixiao(['check', 'a.txt'], dir).stdout.split('\n')
    const at = lines.findIndex((l) => l.includes('check/score-sum'))
    expect(lines[at + 1]).toBe('    本处 p10:372 总分: 96 “96分，绩效等级为“优”。绩效指标自评情况如下：”')
    expect(lines[at + 2]).toBe('    对照 p10:386 预算编制情况 得分: 7 “该指标分值 8分，自评得分 7分。”')
  })
})
