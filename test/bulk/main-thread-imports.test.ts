import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Modules a module loads when it is imported: static value imports and re-exports (not `import type`, not `await import`). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const out: string[] = []
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
    if (m[1]) continue
    const ts = resolve(dirname(file), m[2]!).replace(/\.js$/, '.ts')
    if (existsSync(ts)) out.push(ts)
  }
  return out
}

/** Every module loaded, transitively, by importing `entry`. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>()
  const todo = [entry]
  while (todo.length) {
    const f = todo.pop()!
    if (seen.has(f)) continue
    seen.add(f)
    todo.push(...staticImports(f))
  }
  return seen
}

describe('the main thread of a threaded extract', () => {
  // (the grammar is loaded there on purpose: the CLI checks it once before a run)
  it('should not load the pipeline, the stages or the readers through its static imports', () => {
    const loaded = [...closure(join(ROOT, 'src/commands/extract.ts'))].map((f) => relative(ROOT, f))
    expect(loaded).toContain('src/bulk/ingest.ts')
    const heavy = loaded.filter((f) => /^src\/(stages|source)\//.test(f) || f === 'src/pipeline/run.ts' || f === 'src/bulk/task.ts')
    expect(heavy).toEqual([])
  })
})
