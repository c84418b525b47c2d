/**
 * Metamorphic: the same report laid out differently — page breaks, flowed
 * into one line, table cells split by tabs or wide spaces, pipe tables
 * without their outer pipes, a cover page and table of contents before it,
 * web-page furniture around it — gives the same values.
 */
import { describe, expect, it } from 'vitest'
import { itUnlessKnown, metaCases, ofKind } from './cases.js'
import { base, digestText } from './digest.js'
import { formFeeds, inWebPage, oneLine, stripOuterPipes, tableSeparators, withTableOfContents } from './transform.js'

describe.each(metaCases())('$name', ({ path }) => {
  it('a form feed before every 7th line', () => {
    const { text, digest } = base(path)
    expect(digestText(formFeeds(text, 7))).toEqual(digest)
  })
  it('a form feed before every 3rd line from the third', () => {
    const { text, digest } = base(path)
    expect(digestText(formFeeds(text, 3, 2))).toEqual(digest)
  })
  it('inside a web page (site header, breadcrumbs, 发布时间, footer)', () => {
    const { text, digest } = base(path)
    expect(digestText(inWebPage(text))).toEqual(digest)
  })
})

describe.each(ofKind('prose'))('$name', (c) => {
  const { path } = c
  itUnlessKnown(c, 'one-line')('flowed into one line', () => {
    const { text, digest } = base(path)
    // A table flattened into a line of text is another document (its rows are no longer lines).
    expect({ ...digestText(oneLine(text)), tables: [] }).toEqual({ ...digest, tables: [] })
  })
  it('table cells separated by a TAB', () => {
    const { text, digest } = base(path)
    expect(digestText(tableSeparators(text, '\t'))).toEqual(digest)
  })
  it('table cells separated by two spaces', () => {
    const { text, digest } = base(path)
    expect(digestText(tableSeparators(text, '  '))).toEqual(digest)
  })
  it('a cover page and a table of contents before the report', () => {
    const { text, report, digest } = base(path)
    expect(digestText(withTableOfContents(text, report))).toEqual(digest)
  })
})

describe.each(ofKind('pipe-form'))('$name', ({ path }) => {
  it('pipe tables without their outer pipes', () => {
    const { text, digest } = base(path)
    expect(digestText(stripOuterPipes(text))).toEqual(digest)
  })
})
