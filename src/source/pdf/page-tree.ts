/**
 * pdf/page-tree: a page tree that contains itself. pdf.js stops walking the
 * /Pages tree at the first node it has seen before, so a /Kids array that
 * lists an ancestor (or a node listed twice) loses every page after it, and
 * a loop at the first kid leaves one empty page ("no text layer"). Here the
 * tree is walked in the file's own bytes (objects written out, as page-tree
 * nodes are), each node once; a kid seen before is cut from its /Kids array
 * and the array is rewritten in place, padded with spaces to the same length,
 * so every byte offset (the xref table) stays valid. /Count is corrected
 * where the new number fits. pdf.js then reads the repaired copy.
 */

/** What a repair cut, and the repaired bytes. */
export interface PageTreeRepair {
  bytes: Uint8Array
  /** one line per kid cut: `object 2 0 R listed again in the /Kids of object 2` */
  cut: string[]
  /** pages the repaired tree holds */
  pages: number
}

interface Body {
  start: number
  end: number
}

const OBJ = /(\d+)\s+(\d+)\s+obj\b/g
const REF = /(\d+)\s+(\d+)\s+R\b/g

/** The bodies of the objects written out in the file (the last definition of a number wins, as in an update). */
function objectBodies(s: string): Map<number, Body> {
  const out = new Map<number, Body>()
  for (const m of s.matchAll(OBJ)) {
    const start = m.index + m[0].length
    const end = s.indexOf('endobj', start)
    if (end < 0) continue
    out.set(Number(m[1]), { start, end })
  }
  return out
}

/** The object number of the root /Pages node, from the last /Root in the file. */
function rootPages(s: string, bodies: Map<number, Body>): number | null {
  const roots = [...s.matchAll(/\/Root\s+(\d+)\s+\d+\s+R\b/g)]
  const root = roots.length ? bodies.get(Number(roots[roots.length - 1]![1])) : undefined
  if (!root) return null
  const m = /\/Pages\s+(\d+)\s+\d+\s+R\b/.exec(s.slice(root.start, root.end))
  return m ? Number(m[1]) : null
}

/**
 * Cuts the loops of a PDF's page tree.
 * @param bytes the file's bytes (not modified)
 * @returns the repaired copy and what was cut, or null when the tree has no loop that can be cut here
 */
export function repairPageTree(bytes: Uint8Array): PageTreeRepair | null {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const bodies = objectBodies(s)
  const top = rootPages(s, bodies)
  if (top === null) return null
  const out = Buffer.from(s, 'latin1')
  const cut: string[] = []
  const seen = new Set<number>([top])
  const edits: { at: number; length: number; text: string }[] = []

  // returns the pages under a node (depth-first, each node once)
  const walk = (node: number, depth: number): number => {
    const body = bodies.get(node)
    if (!body) return 1
    const text = s.slice(body.start, body.end)
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(text)
    if (!kids) return 1
    if (depth > 256) return 0
    const kept: string[] = []
    let pages = 0
    for (const ref of kids[1]!.matchAll(REF)) {
      const kid = Number(ref[1])
      if (seen.has(kid)) {
        cut.push(`object ${kid} ${ref[2]} R listed again in the /Kids of object ${node}`)
        continue
      }
      seen.add(kid)
      kept.push(ref[0])
      pages += walk(kid, depth + 1)
    }
    const inner = kids.index + kids[0].indexOf('[') + 1
    if (kept.length < [...kids[1]!.matchAll(REF)].length) {
      const joined = kept.join(' ')
      edits.push({ at: body.start + inner, length: kids[1]!.length, text: joined.padEnd(kids[1]!.length, ' ') })
    }
    const count = /\/Count\s+(\d+)/.exec(text)
    if (count && Number(count[1]) !== pages && String(pages).length <= count[1]!.length) {
      const at = body.start + count.index + count[0].length - count[1]!.length
      edits.push({ at, length: count[1]!.length, text: String(pages).padEnd(count[1]!.length, ' ') })
    }
    return pages
  }
  const pages = walk(top, 0)
  if (cut.length === 0) return null
  for (const e of edits) out.write(e.text, e.at, e.length, 'latin1')
  return { bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), cut, pages }
}
