/**
 * Metamorphic: character-level variants of the same report — full-width or
 * ASCII digits, brackets and colons, spaces between a number and its unit,
 * after punctuation, doubled in prose — give the same values.
 */
import { describe, expect, it } from 'vitest'
import { itUnlessKnown, metaCases } from './cases.js'
import { base, digestText } from './digest.js'
import { doubledSpaces, spaceAfterPunctuation, spaceBeforeUnits, toFullWidth, toHalfWidth } from './transform.js'

describe.each(metaCases())('$name', (c) => {
  const { path, kind } = c
  // Forms are left out: two spaces there are a cell gap, not a wide space.
  const itDoubled = kind === 'prose' ? itUnlessKnown(c, 'doubled-spaces') : () => {}
  itUnlessKnown(c, 'full-width')('full-width digits, brackets and colons (８, （一）, ：)', () => {
    const { text, digest } = base(path)
    expect(digestText(toFullWidth(text))).toEqual(digest)
  })
  itUnlessKnown(c, 'half-width')('ASCII digits, brackets and colons (8, (一), :)', () => {
    const { text, digest } = base(path)
    expect(digestText(toHalfWidth(text))).toEqual(digest)
  })
  itUnlessKnown(c, 'unit-space')('a space between a number and its unit (8 分, 5156.46 万元)', () => {
    const { text, digest } = base(path)
    expect(digestText(spaceBeforeUnits(text))).toEqual(digest)
  })
  itUnlessKnown(c, 'punct-space')('a space after commas, colons and enumeration commas in prose', () => {
    const { text, digest } = base(path)
    expect(digestText(spaceAfterPunctuation(text))).toEqual(digest)
  })
  itDoubled('doubled spaces in prose lines', () => {
    const { text, digest } = base(path)
    expect(digestText(doubledSpaces(text))).toEqual(digest)
  })
})
