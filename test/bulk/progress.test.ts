/**
 * Progress counts pages: each input weighs its page count (estimated from
 * the PDF's page objects), so the rate and ETA of a run over long scanned
 * reports are in pages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProgress } from '../../src/bulk/progress.js'
import { estimatePages } from '../../src/bulk/pages.js'

const SEED_PDF = 'fixtures/pdf-libreoffice/input.pdf'

function sink() {
  const lines: string[] = []
  const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream
  return { lines, stream }
}

describe('page estimate', () => {
  it('should count the page objects of a PDF, not its page tree nodes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-pages-'))
    const pdf = join(dir, 'three.pdf')
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R 4 0 R] /Count 3 >> endobj\n'
      + '2 0 obj << /Type /Page >> endobj\n3 0 obj <</Type/Page/Parent 1 0 R>> endobj\n4 0 obj << /Type\n/Page >> endobj\n5 0 obj << /Type /PageLabels >> endobj\n')
    expect(await estimatePages(pdf)).toBe(3)
    const txt = join(dir, 'a.txt')
    writeFileSync(txt, '/Type /Page /Type /Page')
    expect(await estimatePages(txt)).toBe(1)
    expect(await estimatePages(join(dir, 'missing.pdf'))).toBe(1)
  })

  it('should agree with the page count of a real PDF', async () => {
    expect(await estimatePages(SEED_PDF)).toBe(15)
  })
})

describe('progress in pages', () => {
  it('should report pages and reports done, with the rate in pages', () => {
    const { lines, stream } = sink()
    const p = createProgress({ total: 3, pages: 32, stream, every: 0 })
    p.tick(20)
    p.tick(2)
    p.tick(10)
    p.stop()
    expect(lines[0]).toMatch(/^jixiao: 20\/32 pages, 1\/3 reports, [\d.]+ pages\/s, ETA /)
    expect(lines[1]).toMatch(/^jixiao: 22\/32 pages, 2\/3 reports/)
  })
})
