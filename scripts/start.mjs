// `npm start`: dist/ built if stale, then the bot, in this one process (a pre-script would start a
// second shell and Node before the bot). Signals reach the bot as under `node dist/main.js`.
import { buildIfStale } from './built.mjs';

const status = buildIfStale();
if (status !== 0) process.exit(status);
const { runAsProgram } = await import('../dist/main.js');
runAsProgram();
