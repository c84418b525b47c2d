import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSource } from '../../src/source/read.js'
import type { SourceDoc } from '../../src/source/document.js'

const root = join(import.meta.dirname, '../..')
const seed = readFileSync(join(root, 'seeds/000_d2e29ec8149df6e0.txt'), 'utf8')
const footer = /^— \d+ —$/

const producers = [
  { name: 'libreoffice', pages: 15 },
  { name: 'chromium', pages: 15 },
  { name: 'stsong-nonembedded', pages: 16 },
]

async function read(name: string): Promise<SourceDoc> {
  const r = await readSource(join(root, 'fixtures', `pdf-${name}`, 'input.pdf'))
  expect(r.diagnostics).toEqual([])
  expect(r.doc).not.toBeNull()
  return r.doc!
}

function lineTexts(doc: SourceDoc) {
  return doc.layout!.map((l) => ({ text: doc.text.slice(l.start, l.end), line: l }))
}

describe.each(producers)('readPdf on the $name PDF of the seed report', ({ name, pages }) => {
  let doc: SourceDoc
  it('should read every page', async () => {
    doc = await read(name)
    expect(doc.format).toBe('pdf')
    expect(doc.encoding).toBeNull()
    expect(doc.pages).toBe(pages)
    expect(doc.pageStarts).toHaveLength(pages)
    expect(doc.text.split('\f')).toHaveLength(pages)
  })

  it('should give back all 7275 non-white-space characters of the seed, in order', () => {
    const body = doc.text
      .split(/[\n\f]/)
      .filter((l) => !footer.test(l))
      .join('')
      .replace(/\s/g, '')
    const want = seed.replace(/\s/g, '')
    expect(want).toHaveLength(7275)
    expect(body).toBe(want)
  })

  it('should keep the page footers as lines of their own', () => {
    const footers = lineTexts(doc).filter((l) => footer.test(l.text))
    expect(footers.length).toBeGreaterThanOrEqual(pages - 1)
    const nine = footers.find((l) => l.text === '— 9 —')
    expect(nine?.line.page).toBe(9)
  })

  it('should give each budget table row as one line with TAB-separated cells', () => {
    const lines = lineTexts(doc)
    const header = lines.find((l) => l.text.startsWith('支出类别'))
    expect(header?.text).toBe('支出类别\t年初预算数\t调整预算数\t决算数')
    expect(header?.line.page).toBe(9)
    const basic = lines.find((l) => l.text.startsWith('一、基本支出'))
    expect(basic?.text).toBe('一、基本支出\t4336.48\t4431.90\t4431.90')
    expect(basic?.line.page).toBe(9)
    expect(basic?.line.cells.map((c) => doc.text.slice(c.start, c.end))).toEqual(['一、基本支出', '4336.48', '4431.90', '4431.90'])
    const staff = lines.find((l) => l.text.startsWith('人员经费'))
    expect(staff?.text).toBe('人员经费\t4062.88\t4143.00\t4143.00')
    const total = lines.find((l) => l.text.startsWith('合计'))
    expect(total?.text).toBe('合计\t5084.38\t5156.46\t5156.46')
    expect([9, 10]).toContain(total?.line.page)
  })

  it('should put the numbers of a table row in columns left to right', () => {
    const basic = lineTexts(doc).find((l) => l.text.startsWith('一、基本支出'))!.line
    const xs = basic.cells.map((c) => c.x0)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    for (const c of basic.cells) expect(c.x1).toBeGreaterThan(c.x0)
  })

  it('should keep running text in one cell', () => {
    const lines = lineTexts(doc).filter((l) => l.text.includes('部门整体支出的绩效得分为'))
    expect(lines).toHaveLength(1)
    expect(lines[0]!.line.cells).toHaveLength(1)
    expect(lines[0]!.text).not.toContain('\t')
  })

  it('should give sane spans, pages, boxes and font sizes', () => {
    const starts = doc.pageStarts!
    expect(starts[0]).toBe(0)
    for (let p = 1; p < starts.length; p++) expect(doc.text[starts[p]! - 1]).toBe('\f')
    let prevEnd = -1
    for (const { text, line } of lineTexts(doc)) {
      expect(line.start).toBeGreaterThan(prevEnd)
      prevEnd = line.end
      expect(line.end).toBeGreaterThan(line.start)
      expect(text).not.toMatch(/[\n\f]/)
      expect(text).toBe(text.trim())
      // the page of a line is the page its offset falls in
      const page = starts.filter((s) => s <= line.start).length
      expect(line.page).toBe(page)
      const [x0, y0, x1, y1] = line.bbox
      expect(x0).toBeGreaterThanOrEqual(0)
      expect(y0).toBeGreaterThanOrEqual(0)
      expect(x1).toBeGreaterThan(x0)
      expect(y1).toBeGreaterThan(y0)
      expect(x1).toBeLessThanOrEqual(612)
      expect(y1).toBeLessThanOrEqual(842)
      expect(line.fontSize).toBeGreaterThan(5)
      expect(line.fontSize).toBeLessThan(30)
      // cells tile the line: their texts joined with TAB give the line
      expect(line.cells[0]!.start).toBe(line.start)
      expect(line.cells.at(-1)!.end).toBe(line.end)
      expect(line.cells.map((c) => doc.text.slice(c.start, c.end)).join('\t')).toBe(text)
      for (const c of line.cells) {
        expect(c.x0).toBeGreaterThanOrEqual(x0)
        expect(c.x1).toBeLessThanOrEqual(x1)
      }
    }
    // every line of text is a layout line
    const nonEmpty = doc.text.split(/[\n\f]/).filter((l) => l !== '')
    expect(nonEmpty).toHaveLength(doc.layout!.length)
  })

  it('should put the table title above the table header on the page', () => {
    const lines = lineTexts(doc)
    const title = lines.find((l) => l.text === '部门预算支出明细表')!.line
    const header = lines.find((l) => l.text.startsWith('支出类别'))!.line
    expect(title.page).toBe(header.page)
    expect(title.bbox[1]).toBeGreaterThan(header.bbox[3])
  })
})

describe('readPdf on justified CJK text (LibreOffice)', () => {
  it('should remove the spaces between two CJK characters but keep those next to digits', async () => {
    const doc = await read('libreoffice')
    // pdf.js gives `年 度 部 门 决 算 信 息 ，` for this justified line
    expect(doc.text).toContain('年度部门决算信息，')
    expect(doc.text).not.toContain('年 度')
    expect(doc.text).toMatch(/2020 年度部门决算信息/)
    expect(doc.text).toContain('基本支出 4431.90 万元')
  })
})
