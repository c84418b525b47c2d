/** Report ids, on their own so the bulk planner does not load the pipeline. */

/** Stable report id: derived from the content hash. */
export function reportId(sha256: string): string {
  return sha256.slice(0, 16)
}
