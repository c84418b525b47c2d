/**
 * Writes small PDFs for tests: text pages in a standard font (Helvetica, not
 * embedded), image-only pages (a scanned page has no text layer), and broken
 * page entries, with a correct cross-reference table.
 */

/** One page: text lines (drawn top-down), an image with no text, or a page-tree entry that is not a page. */
export type PageSpec = { text: string[] } | { image: true } | { broken: true }

function escapeText(s: string): string {
  return s.replace(/[\\()]/g, (c) => '\\' + c)
}

/**
 * Builds a PDF file.
 * @param pages the pages, in order
 */
export function makePdf(pages: PageSpec[]): Uint8Array {
  const objects: string[] = [] // objects[k] is object number k + 1
  const add = (body: string) => {
    objects.push(body)
    return objects.length
  }
  const catalog = add('') // filled below
  const tree = add('')
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const pixels = 'ffffffff'
  const image = add(`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`)
  const kids: number[] = []
  for (const page of pages) {
    if ('broken' in page) {
      kids.push(add('42'))
      continue
    }
    let content: string
    if ('image' in page) content = 'q 400 0 0 600 100 100 cm /Im1 Do Q'
    else content = page.text.map((line, i) => `BT /F1 12 Tf 72 ${720 - 20 * i} Td (${escapeText(line)}) Tj ET`).join('\n')
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    kids.push(
      add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${stream} 0 R >>`),
    )
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, k) => {
    offsets.push(out.length)
    out += `${k + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}
