/**
 * bulk/progress: progress of a bulk run on stderr. On a terminal, a bar with
 * count, rate and ETA (cli-progress); otherwise (logs, CI) a plain line every
 * few seconds. Data never goes to stderr: only progress and problems do.
 */
import cliProgress from 'cli-progress'

export interface Progress {
  /** one more input done */
  tick(): void
  /** prints a line above the bar (a failed file) */
  log(line: string): void
  stop(): void
}

export interface ProgressOptions {
  total: number
  stream?: NodeJS.WriteStream
  /** seconds between plain lines (non-TTY) */
  every?: number
}

/** Formats seconds as `1h02m`, `3m05s` or `12s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const s = Math.round(seconds)
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${s}s`
}

/** Creates the progress display suited to the stream. */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr
  return stream.isTTY ? barProgress(options.total, stream) : lineProgress(options.total, stream, options.every ?? 5)
}

function barProgress(total: number, stream: NodeJS.WriteStream): Progress {
  const start = Date.now()
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: ' {bar} {value}/{total} reports | {rate}/s | ETA {eta_formatted}',
      etaBuffer: 50,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0, { rate: '0.0' })
  let done = 0
  return {
    tick() {
      done++
      bar.update(done, { rate: (done / Math.max((Date.now() - start) / 1000, 0.001)).toFixed(1) })
    },
    log(line) {
      // Clear the bar's line, print, and let the next update redraw it.
      stream.write(`\r\x1b[K${line}\n`)
      bar.render()
    },
    stop() {
      bar.stop()
    },
  }
}

function lineProgress(total: number, stream: NodeJS.WriteStream, every: number): Progress {
  const start = Date.now()
  let last = start
  let done = 0
  const line = () => {
    const elapsed = (Date.now() - start) / 1000
    const rate = done / Math.max(elapsed, 0.001)
    const eta = rate > 0 ? (total - done) / rate : Infinity
    stream.write(`jixiao: ${done}/${total} reports, ${rate.toFixed(1)}/s, ETA ${formatDuration(eta)}\n`)
  }
  return {
    tick() {
      done++
      const now = Date.now()
      if (now - last >= every * 1000 && done < total) {
        last = now
        line()
      }
    },
    log(text) {
      stream.write(`${text}\n`)
    },
    stop() {},
  }
}
