/** Diagnostic codes raised by the canonicalize stage. */
import { defineCodes } from '../../diagnostics/define.js'

/** Codes of the `canonicalize/` area. */
export const canonicalizeCodes = defineCodes({
  'canonicalize/indicator-unmapped': {
    severity: 'info',
    doc: 'Indicator names with no canonical key (listed in `actual`); they keep key null and stay out of side-by-side comparison.',
  },
  'canonicalize/segmenter-unavailable': {
    severity: 'warning',
    doc: 'nodejieba (an optional dependency) could not be loaded here, so names the cheap rules could not resolve were cut by Intl.Segmenter instead of jieba with the domain dictionary.',
  },
})
