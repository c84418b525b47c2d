/**
 * Metamorphic: running text re-wrapped at other page widths, with or without
 * a blank line after every line, gives the same values. Only paragraphs of
 * prose are re-wrapped (tables and headings keep their lines), so only the
 * prose reports are rewritten: the forms' lines are table rows and cells.
 */
import { describe, expect, it } from 'vitest'
import { ofKind } from './cases.js'
import { base, digestText } from './digest.js'
import { rewrap } from './transform.js'

const WIDTHS = [18, 24, 33, 40]

describe.each(ofKind('prose'))('$name', ({ path }) => {
  for (const width of WIDTHS) {
    it(`re-wrapped at ${width} characters`, () => {
      const { text, digest } = base(path)
      expect(digestText(rewrap(text, width, false))).toEqual(digest)
    })
    it(`re-wrapped at ${width} characters, a blank line after every line`, () => {
      const { text, digest } = base(path)
      expect(digestText(rewrap(text, width, true))).toEqual(digest)
    })
  }
})
