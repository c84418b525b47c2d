/**
 * canonicalize: maps indicator and department names onto canonical keys so
 * reports compare side by side. (Stub: keys stay null.)
 */
import type { Stage, Extraction } from '../../pipeline/types.js'

export const canonicalizeStage: Stage<Extraction, Extraction> = {
  name: 'canonicalize',
  run(extraction) {
    return extraction
  },
}
