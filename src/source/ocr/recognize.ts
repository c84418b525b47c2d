/**
 * Text recognition (PP-OCRv4 CRNN/SVTR model with CTC output): each detected
 * box is cut from the page, scaled to 48 px high and read; lines of similar
 * width are read in one batch. CTC decoding keeps, for every character, its
 * probability and its horizontal place in the box (the frames it was read
 * from), so a box spanning several table cells can be split between
 * characters later.
 */
import type { TextBox } from './detect.js'
import type { Engine } from './engine.js'
import { type Gray, crop, resize } from './image.js'

const HEIGHT = 48
const MAX_WIDTH = 3200
const BATCH = 8

/** One character read from a box: x from/to in page pixels, probability 0–1. */
export interface ReadChar {
  ch: string
  x0: number
  x1: number
  p: number
}

export interface ReadLine {
  box: TextBox
  chars: ReadChar[]
}

/** A box read as one character with less than this probability is a blob (a photo's shape, a speck), not text. */
export const LONE_CHAR_MIN = 0.8
/** A box whose characters average less than this probability is not text. */
export const LINE_MIN = 0.5

/** Whether a box's reading is text: some character, and not a lone unsure one or a run of unsure ones. */
function isText(chars: ReadChar[]): boolean {
  const solid = chars.filter((c) => c.ch.trim() !== '')
  if (solid.length === 0) return false
  if (solid.length === 1) return solid[0]!.p >= LONE_CHAR_MIN
  return solid.reduce((t, c) => t + c.p, 0) / solid.length >= LINE_MIN
}

/** Reads the text of every box; boxes that read as nothing, or as no text (isText), are left out. */
export async function recognize(engine: Engine, page: Gray, boxes: TextBox[]): Promise<ReadLine[]> {
  const items = boxes.map((box) => {
    const bw = box.x1 - box.x0
    const bh = box.y1 - box.y0
    const width = Math.min(MAX_WIDTH, Math.max(HEIGHT / 4, Math.round((bw * HEIGHT) / Math.max(1, bh))))
    return { box, width }
  })
  items.sort((a, b) => a.width - b.width)
  const lines: ReadLine[] = []
  for (let k = 0; k < items.length; k += BATCH) {
    const batch = items.slice(k, k + BATCH)
    const W = Math.ceil(Math.max(...batch.map((b) => b.width)) / 8) * 8
    const n = HEIGHT * W
    const input = new Float32Array(batch.length * 3 * n).fill(1) // white padding
    batch.forEach((it, b) => {
      const { box } = it
      const img = resize(crop(page, box.x0, box.y0, box.x1, box.y1), it.width, HEIGHT)
      for (let y = 0; y < HEIGHT; y++) {
        for (let x = 0; x < it.width; x++) {
          const v = img.data[y * it.width + x]! / 127.5 - 1
          const i = y * W + x
          for (let c = 0; c < 3; c++) input[(b * 3 + c) * n + i] = v
        }
      }
    })
    const feeds = { [engine.rec.inputNames[0]!]: new engine.ort.Tensor('float32', input, [batch.length, 3, HEIGHT, W]) }
    const out = (await engine.rec.run(feeds))[engine.rec.outputNames[0]!]!
    const [, T, C] = out.dims as [number, number, number]
    const data = out.data as Float32Array
    batch.forEach((it, b) => {
      const chars = decode(data, b * T * C, T, C, engine.charset, W / T, it)
      if (isText(chars)) lines.push({ box: it.box, chars })
    })
  }
  lines.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0)
  return lines
}

/**
 * Greedy CTC decoding of one line: the best class per frame, repeats merged,
 * blanks dropped. A character spans the frames of its run; frames beyond the
 * line's own width (batch padding) are ignored.
 */
function decode(data: Float32Array, base: number, T: number, C: number, charset: string[], frameWidth: number, it: { box: TextBox; width: number }): ReadChar[] {
  const chars: ReadChar[] = []
  const px = (it.box.x1 - it.box.x0) / it.width // page pixels per input pixel
  const frames = Math.min(T, Math.ceil(it.width / frameWidth))
  let prev = 0
  for (let t = 0; t < frames; t++) {
    let best = 0
    let bestP = -1
    const off = base + t * C
    for (let c = 0; c < C; c++) {
      const v = data[off + c]!
      if (v > bestP) {
        bestP = v
        best = c
      }
    }
    const x0 = it.box.x0 + t * frameWidth * px
    const x1 = it.box.x0 + (t + 1) * frameWidth * px
    if (best !== 0 && best === prev) {
      const last = chars[chars.length - 1]!
      last.x1 = x1
      if (bestP > last.p) last.p = bestP
    } else if (best !== 0) {
      chars.push({ ch: charset[best] ?? '', x0, x1, p: bestP })
    }
    prev = best
  }
  return chars
}
