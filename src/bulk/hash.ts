/**
 * bulk/hash: the sha256 of an input file, streamed (a large PDF is not held
 * in memory just to be hashed). The hash decides duplicates, resume and shards.
 */
import { createReadStream } from 'node:fs'
import { createHash } from 'node:crypto'

/**
 * Hashes a file; resolves to null with the reason when it cannot be read.
 * @param path file path
 */
export function hashFile(path: string): Promise<{ sha256: string } | { error: string }> {
  return new Promise((resolve) => {
    const hash = createHash('sha256')
    const stream = createReadStream(path)
    stream.on('data', (chunk) => hash.update(chunk))
    stream.on('error', (e) => {
      const code = (e as NodeJS.ErrnoException).code
      resolve({ error: code === 'ENOENT' ? `${path} does not exist` : code === 'EISDIR' ? `${path} is not a file` : `${path} cannot be read (${code ?? e.message})` })
    })
    stream.on('end', () => resolve({ sha256: hash.digest('hex') }))
  })
}
