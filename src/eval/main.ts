/** Entry point of `npm run eval` (tsx src/eval/main.ts fixtures): runs `runEval` on argv. */
import { runEval } from '../commands/eval.js'

process.exitCode = await runEval(process.argv.slice(2))
