/**
 * segment: the outline of the report (第一部分 / 一、 / (一) / 1. / (1) / ①),
 * found by a state machine stepped paragraph by paragraph and marker by
 * marker (machine.ts), with the numbering grammar in grammars/numbering.json.
 *
 * A marker opens a section only when it continues its sibling sequence or
 * starts a child sequence at 1 (a small skip is accepted with a diagnostic).
 * Table rows (a line in one of the input's table regions, or a paragraph with
 * cells or amounts), TOC lines (after 目录, with dot leaders, or a run of short
 * headings printed again where the body begins: toc.ts), list items after a
 * colon and markers inside running text are not sections. Headings flowed into a paragraph (一、部门基本情况
 * (一)部门职能 我局…) are found inline when they continue the sequence.
 *
 * Titles: `title` is the normalized text of the heading phrase (full-width
 * forms folded, line breaks removed) without its marker and without a
 * trailing stop (。:;); the heading `span` covers marker, title and that stop
 * as printed, so `source.text.slice(span)` is the heading as printed.
 */
import type { Stage, SegmentInput, Outline } from '../../pipeline/types.js'
import { numbering } from './numbering.js'
import { segmentHeadings } from './segmenter.js'
import { buildOutline } from './heading-tree.js'

export const segmentStage: Stage<SegmentInput, Outline> = {
  name: 'segment',
  run({ norm, tableRegions }, ctx) {
    const nb = numbering(ctx.grammar)
    const sections = buildOutline(segmentHeadings(norm, ctx, nb, tableRegions), norm, ctx)
    if (sections.length === 0 && norm.text.trim() !== '') {
      ctx.report({ code: 'segment/no-outline', message: 'No numbered headings found: the report has no outline' })
    }
    return { sections }
  },
}
