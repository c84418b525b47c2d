/**
 * Regenerates the bad-PDF fixtures under fixtures/pdf-bad-* (run with
 * `npx tsx test/source/pdf/make-bad-fixtures.ts`; the encrypted one needs
 * qpdf). Each folder holds input.pdf and diagnostics.txt, the code the
 * reader must give.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makePdf } from './make-pdf.js'

const root = join(import.meta.dirname, '../../../fixtures')
const source = join(root, 'pdf-stsong-nonembedded/input.pdf')

function write(name: string, bytes: Uint8Array, diagnostics: string): string {
  const dir = join(root, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'input.pdf'), bytes)
  writeFileSync(join(dir, 'diagnostics.txt'), diagnostics + '\n')
  return join(dir, 'input.pdf')
}

const real = readFileSync(source)
write('pdf-bad-truncated', real.subarray(0, Math.floor(real.length / 2)), 'read/pdf-invalid')
write('pdf-bad-random-bytes', randomBytes(2048), 'read/binary')
write('pdf-bad-pdf-header-then-junk', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2048)]), 'read/pdf-invalid')
write('pdf-bad-no-text', makePdf([{ image: true }, { image: true }]), 'read/pdf-no-text')
write(
  'pdf-bad-some-pages-without-text',
  makePdf([{ text: ['Budget performance report'] }, { image: true }, { image: true }, { text: ['Page four'] }]),
  'read/pdf-pages-without-text',
)
write('pdf-bad-broken-page', makePdf([{ text: ['Page one'] }, { text: ['Page two'] }, { broken: true }]), 'read/pdf-page-failed')
const plain = write('pdf-bad-encrypted', real, 'read/pdf-encrypted')
execFileSync('qpdf', ['--encrypt', 'user-password', 'owner-password', '256', '--', source, plain + '.tmp'])
execFileSync('mv', [plain + '.tmp', plain])
