/** Diagnostic codes raised by the segment stage (problems reading the report's outline). */
import { defineCodes } from '../../diagnostics/define.js'

export const segmentCodes = defineCodes({
  'segment/numbering-skip': {
    severity: 'warning',
    doc: 'A heading skips ahead in its numbering sequence (三、 after 一、); it is read as a section all the same.',
  },
  'segment/numbering-out-of-order': {
    severity: 'warning',
    doc: 'A paragraph opens with a heading-like marker that does not continue any open numbering sequence (a repeated or backward number); it is not read as a section.',
  },
  'segment/level-jump': {
    severity: 'info',
    doc: 'A child sequence skips a numbering level (1. directly under 一、) or uses a higher-ranked marker than its parent; the outline follows the document.',
  },
  'segment/truncated-heading': {
    severity: 'info',
    doc: 'A heading-like paragraph ends inside an open bracket (二、部门(单位): cut-off text, not read as a section.',
  },
  'segment/toc-skipped': {
    severity: 'info',
    doc: 'Table-of-contents lines were recognized and not read as sections.',
  },
  'segment/no-outline': {
    severity: 'info',
    doc: 'No numbered headings were found: the report has no outline (a form or a table only).',
  },
})
