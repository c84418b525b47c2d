/**
 * The patched pdf.js worker (patches/pdfjs-dist+*.patch) keeps parsed
 * built-in cMaps and CID → Unicode maps for the process. These tests fail
 * when the patch is not applied (no shared caches, or no reuse on a second
 * document), and compare records read with and without the caches.
 */
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { loadPdfJs, sharedPdfCaches } from '../../../src/source/pdf/pdfjs.js'
import { readSource } from '../../../src/source/read.js'
import { runFile } from '../../../src/pipeline/run.js'

const FIXTURES = join(import.meta.dirname, '../../../fixtures')
/** non-embedded STSong-Light, UniGB-UCS2-H over Adobe-GB1: both caches are used */
const STSONG = join(FIXTURES, 'pdf-stsong-nonembedded/input.pdf')
/** embedded fonts with ToUnicode streams: neither cache is used */
const LIBREOFFICE = join(FIXTURES, 'pdf-libreoffice/input.pdf')

async function caches() {
  await loadPdfJs()
  const c = sharedPdfCaches()
  if (!c) throw new Error('pdf.js is not patched: run `npm ci` (its postinstall applies patches/ with patch-package)')
  return c
}

describe('shared pdf.js caches', () => {
  it('should reuse the parsed cMaps and the CID → Unicode map when a second document uses the same font', async () => {
    const c = await caches()
    c.enabled = true
    c.clear()
    const first = await readSource(STSONG, { rulings: false })
    expect(first.doc?.text).toContain('绩效')
    const after1 = { ...c.hits }
    const second = await readSource(STSONG, { rulings: false })
    // UniGB-UCS2-H and Adobe-GB1-UCS2 parsed by the first document, the map built by it
    expect(c.hits.builtInCMap).toBeGreaterThanOrEqual(after1.builtInCMap + 2)
    expect(c.hits.toUnicode).toBe(after1.toUnicode + 1)
    expect(second.doc?.text).toBe(first.doc?.text)
  })

  it('should give the same records with the caches and without them', async () => {
    const c = await caches()
    const records = async (enabled: boolean) => {
      c.enabled = enabled
      c.clear()
      const out: string[] = []
      // twice each: the second reading of a document is the one served from the caches
      for (const path of [STSONG, LIBREOFFICE, STSONG, LIBREOFFICE]) {
        const r = await runFile(path)
        out.push(JSON.stringify(r.ok ? r.report : r.diagnostics))
      }
      return { out, hits: { ...c.hits } }
    }
    try {
      const off = await records(false)
      const on = await records(true)
      expect(off.hits).toEqual({ builtInCMap: 0, toUnicode: 0 })
      expect(on.hits.toUnicode).toBeGreaterThan(0)
      expect(on.out).toEqual(off.out)
    } finally {
      c.enabled = true
    }
  }, 60_000)
})
