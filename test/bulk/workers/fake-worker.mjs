// A stand-in for dist/bulk/worker.js in the pool tests: a path containing
// "hang" never finishes, "crash" kills the worker, "late" succeeds then kills
// the worker 30 ms later, "slow" succeeds after 300 ms, anything else succeeds.
// As the real worker does with JIXIAO_STATS, it says its CPU at start-up (5 ms)
// and, for a path containing "cpu", with the result (40 ms).
import { parentPort } from 'node:worker_threads'

parentPort.postMessage({ seq: 0, cpuMs: 5 })

parentPort.on('message', ({ seq, task }) => {
  if (task.path.includes('hang')) for (;;) {}
  if (task.path.includes('crash')) throw new Error('boom')
  if (task.path.includes('late')) setTimeout(() => { throw new Error('late boom') }, 30)
  if (task.path.includes('slow')) {
    setTimeout(() => parentPort.postMessage({ seq, result: { status: 'ok', id: task.path, sha256: task.path, pages: 1 } }), 300)
    return
  }
  const cpu = task.path.includes('cpu') ? { cpuMs: 40 } : {}
  parentPort.postMessage({ seq, result: { status: 'ok', id: task.path, sha256: task.path, pages: 1 }, ...cpu })
})
