/** Test helpers: the fixture cases under fixtures/ and the seeds. */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export interface FixtureCase {
  name: string
  dir: string
  input: string
  expected: string | null
}

/** Every fixtures/<case>/input.* (and seeds/*), sorted by name. */
export function fixtureCases(root = 'fixtures'): FixtureCase[] {
  const cases: FixtureCase[] = []
  if (existsSync(root)) {
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name)
      const input = ['input.txt', 'input.pdf'].map((f) => join(dir, f)).find((p) => existsSync(p))
      if (!input) continue
      const expected = join(dir, 'expected.json')
      cases.push({ name, dir, input, expected: existsSync(expected) ? expected : null })
    }
  }
  return cases
}

/** The input of the real-report fixture numbered `nn` (fixtures/real-<nn>-<slug>/input.txt). */
export function realFixture(nn: string): string {
  const found = fixtureCases().find((c) => c.name.startsWith(`real-${nn}-`))
  if (!found) throw new Error(`no fixture real-${nn}-*`)
  return found.input
}
