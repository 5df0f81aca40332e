import 'reflect-metadata';
import { runHub } from './hub-commands.js';

runHub(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
