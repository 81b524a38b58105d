import readline from 'node:readline';
import { openDatabase } from '../bootstrap';
import { loadConfig } from '../config';
import { DataDirLockedError } from '../db/lock';
import { createAdmin } from './create-admin';

/**
 * `npm run admin -- create <username> [--district <code> <name>]`: asks for the password twice
 * (hidden on a terminal; from standard input, one line each, when piped).
 */
async function readPasswords(): Promise<[string, string]> {
  const tty = process.stdin.isTTY === true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
  if (tty) {
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    out._writeToOutput = (s: string) => {
      if (/password/.test(s) || s === '\r\n' || s === '\n') process.stdout.write(s);
    };
  }
  const lines = rl[Symbol.asyncIterator]();
  const next = async (prompt: string): Promise<string> => {
    process.stdout.write(prompt);
    const { value, done } = await lines.next();
    if (tty) process.stdout.write('\n');
    if (done) throw new Error('no password given');
    return String(value);
  };
  const first = await next('password: ');
  const second = await next('password again: ');
  rl.close();
  return [first, second];
}

async function main(args: string[]): Promise<void> {
  const [command, username, ...rest] = args;
  if (command !== 'create' || !username) {
    console.error('usage: npm run admin -- create <username> [--district <code> <name>]');
    process.exit(64);
  }
  const d = rest.indexOf('--district');
  const district = d >= 0 ? { code: rest[d + 1], name: rest[d + 2] } : undefined;
  const [password, again] = await readPasswords();
  if (password !== again) throw new Error('the passwords differ');
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await createAdmin(database.db, { username: username.toLowerCase(), password, demoMode: config.demo, district });
    console.log(`created administrator ${username.toLowerCase()}`);
  } finally {
    await database.close();
    database.release();
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`gridwork admin: ${e instanceof Error ? e.message : e}`);
  process.exit(e instanceof DataDirLockedError ? 2 : 1);
});
