import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readBytes, readSource } from '../../../src/source/read.js'
import { readPdf } from '../../../src/source/read-pdf.js'
import { makePdf } from './make-pdf.js'

const fixtures = join(import.meta.dirname, '../../../fixtures')
const fixture = (name: string) => join(fixtures, name, 'input.pdf')

describe('readPdf on bad PDFs: one clear diagnostic each', () => {
  it.each([
    ['pdf-bad-truncated', 'read/pdf-invalid', /damaged or truncated/],
    ['pdf-bad-pdf-header-then-junk', 'read/pdf-invalid', /damaged or truncated/],
    ['pdf-bad-encrypted', 'read/pdf-encrypted', /password-protected/],
    ['pdf-bad-random-bytes', 'read/binary', /not a text file or a PDF/],
    ['pdf-bad-no-text', 'read/pdf-no-text', /no text layer on pages 1, 2 .*OCR is needed/],
  ])('should refuse %s with %s', async (name, code, message) => {
    const r = await readSource(fixture(name), { ocr: 'off' })
    expect(r.doc).toBeNull()
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({ code, severity: 'error', stage: 'read' })
    expect(r.diagnostics[0]!.message).toMatch(message)
    expect(r.diagnostics[0]!.message).toContain(name)
  })

  it('should say "no text found" when OCR finds nothing on image-only pages', async () => {
    const r = await readSource(fixture('pdf-bad-no-text'))
    expect(r.doc).toBeNull()
    expect(r.diagnostics.map((d) => d.code)).toEqual(['read/ocr-no-text'])
    expect(r.diagnostics[0]!.message).toMatch(/no text found/)
  })

  it('should read a PDF with some scanned pages and list those pages', async () => {
    const r = await readSource(fixture('pdf-bad-some-pages-without-text'), { ocr: 'off' })
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({ code: 'read/pdf-pages-without-text', severity: 'warning' })
    expect(r.diagnostics[0]!.message).toMatch(/pages 2, 3 of 4 .*OCR is needed/)
    expect(r.doc!.text).toBe('Budget performance report\f\f\fPage four')
    expect(r.doc!.pages).toBe(4)
    expect(r.doc!.layout!.map((l) => l.page)).toEqual([1, 4])
  })

  it('should treat a page that cannot be read as empty and say so', async () => {
    const r = await readSource(fixture('pdf-bad-broken-page'))
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({ code: 'read/pdf-page-failed', severity: 'warning' })
    expect(r.diagnostics[0]!.message).toMatch(/page 3 of 3 could not be read/)
    expect(r.doc!.text).toBe('Page one\fPage two\f')
    expect(r.doc!.pageStarts).toEqual([0, 9, 18])
  })

  it('should read a text file named .pdf as text (the bytes decide, not the extension)', async () => {
    const r = await readBytes('report.pdf', new TextEncoder().encode('一、部门基本情况\n正文。\n'))
    expect(r.diagnostics).toEqual([])
    expect(r.doc).toMatchObject({ format: 'text', text: '一、部门基本情况\n正文。\n' })
  })

  it('should stop at the per-file time limit with read/timeout', async () => {
    const path = join(fixtures, 'pdf-libreoffice', 'input.pdf')
    const bytes = readFileSync(path)
    const r = await readPdf(path, bytes, 'x', { timeoutMs: 1 })
    expect(r.doc).toBeNull()
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({ code: 'read/timeout', severity: 'error' })
    expect(r.diagnostics[0]!.message).toContain('1 ms')
  })

  it('should not be stopped by a time limit the file stays within', async () => {
    const r = await readPdf('small.pdf', makePdf([{ text: ['within the limit'] }]), 'x', { timeoutMs: 60_000 })
    expect(r.diagnostics).toEqual([])
    expect(r.doc!.text).toBe('within the limit')
  })

  it('should leave the bytes it was given untouched', async () => {
    const bytes = makePdf([{ text: ['untouched'] }])
    const copy = bytes.slice()
    await readPdf('a.pdf', bytes, 'x', {})
    expect(bytes.byteLength).toBe(copy.byteLength)
    expect(Buffer.compare(bytes, copy)).toBe(0)
  })
})

describe('readPdf on a 1,000-page PDF', () => {
  it('should read every page, in order, each at its own page start', async () => {
    const n = 1000
    const bytes = makePdf(Array.from({ length: n }, (_, i) => ({ text: [`Page ${i + 1}`, `Line two of page ${i + 1}`] })))
    const r = await readPdf('big.pdf', bytes, 'x', {})
    expect(r.diagnostics).toEqual([])
    const doc = r.doc!
    expect(doc.pages).toBe(n)
    expect(doc.pageStarts).toHaveLength(n)
    expect(doc.layout).toHaveLength(2 * n)
    const pages = doc.text.split('\f')
    expect(pages).toHaveLength(n)
    for (let p = 1; p <= n; p++) {
      expect(pages[p - 1]).toBe(`Page ${p}\nLine two of page ${p}`)
      expect(doc.text.startsWith(`Page ${p}\n`, doc.pageStarts![p - 1])).toBe(true)
      expect(doc.layout![2 * (p - 1)]!.page).toBe(p)
    }
  })
})
