/**
 * extract: metadata, indicator score pairs, totals and grade, tables and
 * stated facts, read from the normalized body. Each reader lives in its own
 * file; this module only orders them.
 */
import type { Stage, ExtractInput, Extraction } from '../../pipeline/types.js'

export const extractStage: Stage<ExtractInput, Extraction> = {
  name: 'extract',
  run() {
    return {
      meta: { title: null, department: null, region: null, year: null, reportType: null, template: null },
      indicators: [],
      totals: { score: null, max: null, grade: null },
      tables: [],
      facts: [],
    }
  },
}
