/**
 * Errors the bulk library throws for a bad request (an option value it cannot
 * use). The CLI turns them into usage errors; a library caller catches them
 * by class without depending on the CLI.
 */

/** A value given to the bulk library is not one it accepts (a shard that is not K/N). */
export class BulkOptionError extends Error {
  override name = 'BulkOptionError'
}

/** The output folder cannot be used or written (not writable, locked by another run, a failed write): the run stops, the previous output is kept. */
export class BulkError extends Error {
  override name = 'BulkError'
}

/**
 * Code of a task result whose record could not be written (disk full, read-only folder): it stops the run.
 * Here, not in bulk/task, so the main thread of a threaded run can test for it without loading the pipeline.
 */
export const WRITE_FAILED = 'write/failed'
