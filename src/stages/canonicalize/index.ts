/**
 * canonicalize: gives each indicator its canonical key (null when none fits)
 * and the report its canonical department name, so reports compare side by
 * side. Indicator keys already set by an earlier stage are kept. The jieba
 * dictionary is loaded only if some name needs segmenting (see segmenter.ts).
 */
import type { Stage, Extraction } from '../../pipeline/types.js'
import type { Indicator } from '../../model/report.js'
import { resolveIndicatorKey } from './indicators.js'
import { canonicalDepartment } from './departments.js'
import { deriveGeography } from './geography.js'

export { canonicalIndicatorKey, resolveIndicatorKey } from './indicators.js'
export { canonicalDepartment } from './departments.js'

/** Fills `indicator.key`, `meta.departmentKey`, `meta.province` and `meta.city`. */
export const canonicalizeStage: Stage<Extraction, Extraction> = {
  name: 'canonicalize',
  run(extraction, ctx) {
    const unmapped: Indicator[] = []
    let segmenterUnavailable = false
    const indicators = extraction.indicators.map((indicator) => {
      if (indicator.key !== null) return indicator
      const r = resolveIndicatorKey(indicator.name, ctx.grammar)
      if (r.key === null) unmapped.push(indicator)
      segmenterUnavailable ||= r.segmenterUnavailable
      return { ...indicator, key: r.key }
    })
    if (segmenterUnavailable) {
      ctx.report({
        code: 'canonicalize/segmenter-unavailable',
        message: 'nodejieba is not installed here: indicator names were cut by Intl.Segmenter (no domain dictionary), so some keys may differ',
      })
    }
    const first = unmapped[0]
    if (first) {
      ctx.report({
        code: 'canonicalize/indicator-unmapped',
        message: `No canonical key for ${unmapped.length} indicator name(s), first ${JSON.stringify(first.name)}`,
        span: first.span,
        actual: unmapped.map((i) => i.name),
      })
    }
    const department = extraction.meta.department
    const departmentKey = department ? canonicalDepartment(department.value, ctx.grammar) : null
    const { province, city } = deriveGeography(extraction.meta, ctx.grammar)
    return { ...extraction, meta: { ...extraction.meta, departmentKey, province, city }, indicators }
  },
}
