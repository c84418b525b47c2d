/**
 * zod validation that skips zod's JIT while a schema is cold. On a schema's
 * first parse zod v4 generates and compiles a fast path for each of its
 * object schemas (`new Function`): ≈ 20 ms for the report record, 30 ms for
 * the grammar files' data, paid by each thread. The fast path saves ≈ 0.1 ms
 * a record once warm, so it pays after a few hundred parses: each schema is
 * parsed without it (zod's `jitless`, the same checks and the same data,
 * tested) for its first JIT_AFTER parses in a thread, with it after that.
 * A one-file run, a grammar file's data read once, a manifest written once
 * never pay for the compile.
 */
import type { z } from 'zod'

/** Parses of one schema in this thread before zod's JIT is used for it. */
export const JIT_AFTER = 200

const parses = new WeakMap<z.ZodType, number>()

/**
 * `schema.safeParse(value)`, without zod's JIT for the schema's first JIT_AFTER parses in this thread.
 * @param schema the zod schema
 * @param value what to validate
 */
export function safeParse<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  const n = parses.get(schema) ?? 0
  if (n >= JIT_AFTER) return schema.safeParse(value) as z.ZodSafeParseResult<z.output<S>>
  parses.set(schema, n + 1)
  return schema.safeParse(value, { jitless: true }) as z.ZodSafeParseResult<z.output<S>>
}

/** `schema.parse(value)` with safeParse's rule: throws zod's error on invalid data. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = safeParse(schema, value)
  if (!r.success) throw r.error
  return r.data
}
