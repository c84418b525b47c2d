/**
 * Grey page images for OCR: one byte per pixel (0 = black, 255 = white),
 * row by row from the top. The few operations OCR needs are here: from RGBA,
 * bilinear resize, crop, rotation about the centre (deskew), and a binary
 * "dark" threshold.
 */

export interface Gray {
  width: number
  height: number
  data: Uint8Array
}

/** A pixel whose red exceeds its green and blue by this much is stamp ink (盖章 is red). */
const RED_STAMP = 50
/** Stamp ink becomes this light grey: neither text nor ruling line, yet black print under it stays black. */
const STAMP_GREY = 220

/** Grey from RGBA bytes (ITU-R BT.601 luma), transparent pixels as white, red stamp ink dropped to light grey. */
export function fromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Gray {
  const data = new Uint8Array(width * height)
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    const a = rgba[j + 3]! / 255
    const r = rgba[j]!
    const g = rgba[j + 1]!
    const b = rgba[j + 2]!
    let y = 0.299 * r + 0.587 * g + 0.114 * b
    if (r - Math.max(g, b) > RED_STAMP && y < STAMP_GREY) y = STAMP_GREY
    data[i] = Math.round(y * a + 255 * (1 - a))
  }
  return { width, height, data }
}

/** Bilinear resize to width × height. */
export function resize(img: Gray, width: number, height: number): Gray {
  const out = new Uint8Array(width * height)
  const sx = img.width / width
  const sy = img.height / height
  const src = img.data
  const w = img.width
  for (let y = 0; y < height; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), img.height - 1)
    const y0 = Math.floor(fy)
    const y1 = Math.min(y0 + 1, img.height - 1)
    const dy = fy - y0
    for (let x = 0; x < width; x++) {
      const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), w - 1)
      const x0 = Math.floor(fx)
      const x1 = Math.min(x0 + 1, w - 1)
      const dx = fx - x0
      const top = src[y0 * w + x0]! * (1 - dx) + src[y0 * w + x1]! * dx
      const bottom = src[y1 * w + x0]! * (1 - dx) + src[y1 * w + x1]! * dx
      out[y * width + x] = Math.round(top * (1 - dy) + bottom * dy)
    }
  }
  return { width, height, data: out }
}

/** The pixels of [x0, x1) × [y0, y1), clamped to the image; outside is white. */
export function crop(img: Gray, x0: number, y0: number, x1: number, y1: number): Gray {
  const width = Math.max(1, x1 - x0)
  const height = Math.max(1, y1 - y0)
  const out = new Uint8Array(width * height).fill(255)
  for (let y = 0; y < height; y++) {
    const sy = y0 + y
    if (sy < 0 || sy >= img.height) continue
    for (let x = 0; x < width; x++) {
      const sx = x0 + x
      if (sx >= 0 && sx < img.width) out[y * width + x] = img.data[sy * img.width + sx]!
    }
  }
  return { width, height, data: out }
}

/** The image turned by `degrees` (counter-clockwise on screen) about its centre, same size, white fill. */
export function rotate(img: Gray, degrees: number): Gray {
  if (degrees === 0) return img
  const { width: w, height: h, data } = img
  const out = new Uint8Array(w * h).fill(255)
  const a = (degrees * Math.PI) / 180
  const cos = Math.cos(a)
  const sin = Math.sin(a)
  const cx = (w - 1) / 2
  const cy = (h - 1) / 2
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // inverse map: the source pixel that lands on (x, y); y grows downwards on screen
      const dx = x - cx
      const dy = y - cy
      const sx = cos * dx - sin * dy + cx
      const sy = sin * dx + cos * dy + cy
      const x0 = Math.floor(sx)
      const y0 = Math.floor(sy)
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) continue
      const fx = sx - x0
      const fy = sy - y0
      const i = y0 * w + x0
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx
      const bottom = data[i + w]! * (1 - fx) + data[i + w + 1]! * fx
      out[y * w + x] = Math.round(top * (1 - fy) + bottom * fy)
    }
  }
  return { width: w, height: h, data: out }
}

/** Grey level below which a pixel counts as ink. */
export const DARK = 128

/** 1 where the pixel is ink. */
export function darkMask(img: Gray, threshold = DARK): Uint8Array {
  const m = new Uint8Array(img.data.length)
  for (let i = 0; i < m.length; i++) m[i] = img.data[i]! < threshold ? 1 : 0
  return m
}
