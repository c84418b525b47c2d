/**
 * Which jixiao made a record: the package version and a hash of the grammar
 * files (every file in grammars/, by name and content). Records and the
 * manifest carry both, so `extract --resume` redoes the records another
 * version or another grammar made, and a reader can tell runs apart.
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { GRAMMAR_DIR, PACKAGE_ROOT } from './package-root.js'

let version: string | undefined
const hashes = new Map<string, string>()

/** jixiao's version, from package.json. */
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version
  return version
}

/**
 * The first 16 hex digits of the sha256 over grammars/ (file names and bytes, in name order).
 * @param dir the grammar folder (default: the package's grammars/)
 */
export function grammarHash(dir: string = GRAMMAR_DIR): string {
  let h = hashes.get(dir)
  if (h === undefined) {
    const hash = createHash('sha256')
    // files only: grammars/eval/ holds the evaluation's rules, which make no output
    for (const name of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()) {
      hash.update(`${name}\u0000`)
      hash.update(readFileSync(join(dir, name)))
      hash.update('\u0000')
    }
    h = hash.digest('hex').slice(0, 16)
    hashes.set(dir, h)
  }
  return h
}

/** What made a record or a run. */
export interface Producer {
  tool: 'jixiao'
  version: string
  grammarHash: string
}

/** This process's producer stamp. */
export function producer(): Producer {
  return { tool: 'jixiao', version: toolVersion(), grammarHash: grammarHash() }
}

/** Whether a stamp is this process's (a record without one is from an older jixiao). */
export function sameProducer(p: { version: string; grammarHash: string } | null | undefined): boolean {
  return p != null && p.version === toolVersion() && p.grammarHash === grammarHash()
}
