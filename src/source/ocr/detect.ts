/**
 * Text detection (PP-OCRv4 "DB" model): the page image goes in at a size
 * that is a multiple of 32, the model gives a text-probability map, and each
 * connected region above the threshold becomes one axis-aligned box (the page
 * is deskewed first), grown back by the DB "unclip" distance, in page pixels.
 */
import type { Engine } from './engine.js'
import { type Gray, resize } from './image.js'

/** Probability above which a map pixel is text. */
export const BIN_THRESHOLD = 0.3
/** Mean probability a region needs to be kept as a text box. */
export const BOX_THRESHOLD = 0.5
/** DB unclip ratio: the region is grown by area × ratio / perimeter. */
export const UNCLIP = 1.6

export interface TextBox {
  /** page pixels, x1/y1 exclusive, y downwards */
  x0: number
  y0: number
  x1: number
  y1: number
  score: number
}

const MEAN = [0.485, 0.456, 0.406]
const STD = [0.229, 0.224, 0.225]

/** Boxes of the text regions of a (deskewed) page image. */
export async function detect(engine: Engine, page: Gray, maxSide = 1760): Promise<TextBox[]> {
  const scale = Math.min(1, maxSide / Math.max(page.width, page.height))
  const w = Math.max(32, Math.round((page.width * scale) / 32) * 32)
  const h = Math.max(32, Math.round((page.height * scale) / 32) * 32)
  const img = w === page.width && h === page.height ? page : resize(page, w, h)
  const n = w * h
  const input = new Float32Array(3 * n)
  for (let c = 0; c < 3; c++) {
    const m = MEAN[c]!
    const s = STD[c]!
    const off = c * n
    for (let i = 0; i < n; i++) input[off + i] = (img.data[i]! / 255 - m) / s
  }
  const feeds = { [engine.det.inputNames[0]!]: new engine.ort.Tensor('float32', input, [1, 3, h, w]) }
  const out = await engine.det.run(feeds)
  const prob = out[engine.det.outputNames[0]!]!.data as Float32Array
  const boxes = regions(prob, w, h)
  const sx = page.width / w
  const sy = page.height / h
  return boxes.map((b) => ({
    x0: Math.max(0, Math.floor(b.x0 * sx)),
    y0: Math.max(0, Math.floor(b.y0 * sy)),
    x1: Math.min(page.width, Math.ceil(b.x1 * sx)),
    y1: Math.min(page.height, Math.ceil(b.y1 * sy)),
    score: b.score,
  }))
}

/** Connected regions (4-neighbours) of the thresholded map, as unclipped boxes in map pixels. */
export function regions(prob: Float32Array, w: number, h: number): TextBox[] {
  const label = new Int32Array(w * h)
  const stack = new Int32Array(w * h)
  const boxes: TextBox[] = []
  let next = 0
  for (let start = 0; start < w * h; start++) {
    if (label[start] !== 0 || prob[start]! <= BIN_THRESHOLD) continue
    next++
    let top = 0
    stack[top++] = start
    label[start] = next
    let x0 = w
    let y0 = h
    let x1 = -1
    let y1 = -1
    let sum = 0
    let count = 0
    while (top > 0) {
      const p = stack[--top]!
      const x = p % w
      const y = (p - x) / w
      sum += prob[p]!
      count++
      if (x < x0) x0 = x
      if (x > x1) x1 = x
      if (y < y0) y0 = y
      if (y > y1) y1 = y
      const push = (q: number) => {
        if (label[q] === 0 && prob[q]! > BIN_THRESHOLD) {
          label[q] = next
          stack[top++] = q
        }
      }
      if (x > 0) push(p - 1)
      if (x < w - 1) push(p + 1)
      if (y > 0) push(p - w)
      if (y < h - 1) push(p + w)
    }
    const bw = x1 - x0 + 1
    const bh = y1 - y0 + 1
    const score = sum / count
    if (Math.min(bw, bh) < 3 || score < BOX_THRESHOLD) continue
    const d = (bw * bh * UNCLIP) / (2 * (bw + bh))
    boxes.push({ x0: x0 - d, y0: y0 - d, x1: x1 + 1 + d, y1: y1 + 1 + d, score })
  }
  return boxes
}
