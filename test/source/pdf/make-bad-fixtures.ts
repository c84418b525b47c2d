/**
 * Regenerates the bad-PDF fixtures under fixtures/pdf-bad-* (run with
 * `npx tsx test/source/pdf/make-bad-fixtures.ts`; the encrypted one needs
 * qpdf). Each folder holds input.pdf; the code the reader must give is
 * asserted in bad-pdfs.test.ts (and kept in the folder's digest.json by the
 * fixtures test).
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makePdf } from './make-pdf.js'

const root = join(import.meta.dirname, '../../../fixtures')
const source = join(root, 'pdf-stsong-nonembedded/input.pdf')

function write(name: string, bytes: Uint8Array): string {
  const dir = join(root, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'input.pdf'), bytes)
  return join(dir, 'input.pdf')
}

const real = readFileSync(source)
write('pdf-bad-truncated', real.subarray(0, Math.floor(real.length / 2)))
write('pdf-bad-random-bytes', randomBytes(2048))
write('pdf-bad-pdf-header-then-junk', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2048)]))
write('pdf-bad-no-text', makePdf([{ image: true }, { image: true }]))
write('pdf-bad-some-pages-without-text', makePdf([{ text: ['Budget performance report'] }, { image: true }, { image: true }, { text: ['Page four'] }]))
write('pdf-bad-broken-page', makePdf([{ text: ['Page one'] }, { text: ['Page two'] }, { broken: true }]))
const plain = write('pdf-bad-encrypted', real)
execFileSync('qpdf', ['--encrypt', 'user-password', 'owner-password', '256', '--', source, plain + '.tmp'])
execFileSync('mv', [plain + '.tmp', plain])
