import { describe, expect, it } from 'vitest'

// Captured before pdf.js is loaded in this test process.
const natives = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push, toString: Function.prototype.toString }

describe('loadPdfJs', () => {
  it("should leave Node's own JSON, Array push and Function toString in place", async () => {
    const { loadPdfJs } = await import('../../../src/source/pdf/pdfjs.js')
    const pdfjs = await loadPdfJs()
    expect(typeof pdfjs.getDocument).toBe('function')
    expect(JSON.stringify).toBe(natives.stringify)
    expect(JSON.parse).toBe(natives.parse)
    expect(Array.prototype.push).toBe(natives.push)
    expect(Function.prototype.toString).toBe(natives.toString)
  })

  it('should point pdf.js at the installed cMaps and standard fonts, as directories', async () => {
    const { pdfAssets } = await import('../../../src/source/pdf/pdfjs.js')
    const { existsSync } = await import('node:fs')
    const { cMapUrl, standardFontDataUrl } = pdfAssets()
    expect(cMapUrl.endsWith('/')).toBe(true)
    expect(standardFontDataUrl.endsWith('/')).toBe(true)
    expect(existsSync(cMapUrl + 'UniGB-UCS2-H.bcmap')).toBe(true)
    expect(existsSync(standardFontDataUrl + 'FoxitSerif.pfb')).toBe(true)
  })
})
