/**
 * The documents the metamorphic tests rewrite, by kind: prose reports with
 * headings, and forms (pipe tables, one cell per paragraph, flattened rows).
 */
import { it } from 'vitest'
import { fixtureCases } from '../helpers/fixtures.js'
import { SEED } from '../helpers/pipeline.js'

export type Kind = 'prose' | 'pipe-form' | 'cell-form' | 'flat-form'

export interface MetaCase {
  name: string
  path: string
  kind: Kind
}

const KIND: Record<string, Kind> = {
  'real-01': 'flat-form',
  'real-02': 'pipe-form',
  'real-03': 'cell-form',
  'real-04': 'prose',
  'real-05': 'prose',
  'real-06': 'prose',
  'real-07': 'pipe-form',
  'real-08': 'flat-form',
  'real-09': 'cell-form',
  'real-10': 'pipe-form',
}

/** The seed and every real-*, seed-* and prose-* text fixture. */
export function metaCases(): MetaCase[] {
  const out: MetaCase[] = [{ name: 'seed', path: SEED, kind: 'prose' }]
  for (const c of fixtureCases()) {
    if (!c.input.endsWith('.txt')) continue
    if (c.name.startsWith('seed-') || c.name.startsWith('prose-')) out.push({ name: c.name, path: c.input, kind: 'prose' })
    const kind = KIND[c.name.slice(0, 7)]
    if (c.name.startsWith('real-') && kind) out.push({ name: c.name, path: c.input, kind })
  }
  return out
}

export const ofKind = (...kinds: Kind[]): MetaCase[] => metaCases().filter((c) => kinds.includes(c.kind))

/**
 * Rewrites jixiao does not yet read the same, by case prefix and test id, with
 * the cause. Their tests are skipped (named in the skip) until fixed.
 */
const KNOWN: Record<string, string> = {}

/** The known cause why `test` fails on this case, or undefined. */
export function knownFailure(c: MetaCase, test: string): string | undefined {
  for (const [key, cause] of Object.entries(KNOWN)) {
    const [prefix, id] = key.split('/')
    if (id === test && (c.name === prefix || c.name.startsWith(`${prefix}-`))) return cause
  }
  return undefined
}

/** `it`, or `it.skip` naming the cause when the rewrite is a known failure on this case. */
export function itUnlessKnown(c: MetaCase, test: string): (title: string, fn: () => void) => void {
  const cause = knownFailure(c, test)
  return cause ? (title, fn) => it.skip(`${title} [known failure: ${cause}]`, fn) : (title, fn) => it(title, fn)
}
