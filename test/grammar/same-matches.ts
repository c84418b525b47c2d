/**
 * Proof that a grammar edit changed no match: every pattern of the OLD grammar
 * folder must exist in the NEW one, read the same once the group names added
 * in NEW are taken out, and match the same spans with the same groups (by
 * position) on every example, counter-example, given text file and line of
 * one. Each folder is loaded by the loader of the tree it sits in.
 *
 *   npx tsx test/grammar/same-matches.ts OLD_TREE/grammars grammars $(find fixtures seeds -name "*.txt")
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as Loader from '../../src/grammar/load.js'

// each grammar loaded by its own tree's loader (the new one refuses unnamed groups)
const [oldDir, newDir, ...textFiles] = process.argv.slice(2)
const load = async (dir: string): Promise<Loader.Grammar> => {
  const d = resolve(dir)
  const { createGrammar, readGrammarFiles } = (await import(pathToFileURL(resolve(d, '../src/grammar/load.ts')).href)) as typeof Loader
  return createGrammar([...readGrammarFiles(d), ...readGrammarFiles(resolve(d, 'eval'))], d)
}
const oldG = await load(oldDir!), newG = await load(newDir!)
const texts = new Set<string>()
for (const g of [oldG, newG]) for (const p of g.patterns.values()) { p.examples.forEach((e) => texts.add(e)); p.counterExamples.forEach((e) => texts.add(e)) }
for (const f of textFiles) { const t = readFileSync(f, 'utf8'); texts.add(t); t.split('\n').forEach((l) => texts.add(l)) }
const all = [...texts]
let runs = 0, renamed = 0, bad = 0
for (const [id, op] of oldG.patterns) {
  const np = newG.patterns.get(id)
  if (!np) { console.log('MISSING', id); bad++; continue }
  const stripped = np.regex.source.replace(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g, (m: string, name: string) => (op.regex.source.includes(m) ? m : '('))
  if (stripped !== op.regex.source || np.regex.flags !== op.regex.flags) { console.log('SOURCE DIFFERS', id); bad++ }
  if (np.regex.source !== op.regex.source) renamed++
  const g = (r: RegExp) => new RegExp(r.source, r.flags.includes('g') ? r.flags : r.flags + 'g')
  const ro = g(op.regex), rn = g(np.regex)
  for (const t of all) {
    const a = JSON.stringify([...t.matchAll(ro)].map((m) => [m.index, ...m]))
    const b = JSON.stringify([...t.matchAll(rn)].map((m) => [m.index, ...m]))
    runs++
    if (a !== b) { console.log('MATCHES DIFFER', id, JSON.stringify(t.slice(0, 60))); bad++; break }
  }
}
console.log(`${oldG.patterns.size} patterns (${renamed} with names added), ${all.length} texts, ${runs} comparisons, ${bad} differences`)
process.exitCode = bad ? 1 : 0
