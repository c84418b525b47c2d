/**
 * bulk/pages: how many pages an input has, estimated cheaply before the run
 * so that progress counts pages, not files (a scanned page costs seconds of
 * OCR, so an archive of long scans is measured by its pages). A PDF's page
 * objects (`/Type /Page`) are counted in its bytes; a PDF that keeps them in
 * compressed object streams, an image or a text file counts as one page.
 */
import { open } from 'node:fs/promises'

const PAGE = Buffer.from('/Type')
/** Files are read in chunks of this size; a marker cut by a chunk edge is found in the overlap. */
const CHUNK = 1 << 20
const OVERLAP = 16

/** The page objects in a chunk: `/Type /Page` (white space optional), not `/Pages`. */
function countIn(b: Buffer, end: number): number {
  let n = 0
  for (let i = b.indexOf(PAGE); i >= 0 && i < end; i = b.indexOf(PAGE, i + 1)) {
    let j = i + PAGE.length
    while (j < b.length && (b[j] === 0x20 || b[j] === 0x0a || b[j] === 0x0d || b[j] === 0x09)) j++
    if (b.toString('latin1', j, j + 5) !== '/Page') continue
    const next = b[j + 5]
    // `/Pages`, `/PageLabel`…: a name continues with a regular character
    if (next !== undefined && /[A-Za-z0-9#]/.test(String.fromCharCode(next))) continue
    n++
  }
  return n
}

/**
 * Estimated page count of a file (at least 1; 1 when it cannot be read).
 * @param path the input
 */
export async function estimatePages(path: string): Promise<number> {
  if (!/\.pdf$/i.test(path)) return 1
  let fh
  try {
    fh = await open(path, 'r')
    const buf = Buffer.alloc(CHUNK + OVERLAP)
    let pos = 0
    let carry = 0
    let n = 0
    for (;;) {
      const { bytesRead } = await fh.read(buf, carry, CHUNK, pos)
      if (bytesRead === 0) break
      const len = carry + bytesRead
      const view = buf.subarray(0, len)
      // markers starting in the last OVERLAP bytes are counted with the next chunk
      const last = bytesRead < CHUNK
      n += countIn(view, last ? len : len - OVERLAP)
      if (last) break
      buf.copy(buf, 0, len - OVERLAP, len)
      carry = OVERLAP
      pos += bytesRead
    }
    return Math.max(1, n)
  } catch {
    return 1
  } finally {
    await fh?.close()
  }
}
