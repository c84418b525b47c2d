/**
 * Writes small PDFs for tests: text pages in a standard font (Helvetica, not
 * embedded), image-only pages (a scanned page has no text layer), and broken
 * page entries, with a correct cross-reference table.
 */

/**
 * One page: text lines (drawn top-down; a TAB in a line puts the next part
 * 200 pt further right), an image with no text, or a page-tree entry that is
 * not a page. `rotate: 90` makes a landscape page the way scanners and Word
 * do: a portrait MediaBox shown turned by /Rotate 90, its text drawn turned
 * so that it reads left to right on screen. `turned: 90` sets /Rotate 90 on a
 * page whose text is drawn upright (what `qpdf --rotate` does): on screen the
 * text runs downwards. `watermark` adds a diagonal text.
 */
export type PageSpec = { text: string[]; rotate?: 90; turned?: 90; watermark?: string } | { image: true } | { broken: true }

/** Content operators for the text lines of a page. */
function textContent(lines: string[], rotate: 90 | undefined): string {
  const ops: string[] = []
  lines.forEach((line, i) => {
    line.split('\t').forEach((part, j) => {
      // on screen: line i at 20 pt intervals downwards from the top, part j 200 pt to the right
      const tm = rotate === 90 ? `0 1 -1 0 ${100 + 20 * i} ${72 + 200 * j} Tm` : `1 0 0 1 ${72 + 200 * j} ${720 - 20 * i} Tm`
      ops.push(`BT /F1 12 Tf ${tm} (${escapeText(part)}) Tj ET`)
    })
  })
  return ops.join('\n')
}

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
    else {
      content = textContent(page.text, page.rotate)
      if (page.watermark) content += `\nBT /F1 40 Tf 0.7071 0.7071 -0.7071 0.7071 150 300 Tm (${escapeText(page.watermark)}) Tj ET`
    }
    const turn = 'text' in page ? (page.rotate ?? page.turned) : undefined
    const rotate = turn ? ` /Rotate ${turn}` : ''
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    kids.push(
      add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 612 792]${rotate} /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${stream} 0 R >>`),
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
