import readline from 'node:readline';
import { openDatabase } from '../bootstrap';
import { loadConfig } from '../config';
import { DataDirLockedError } from '../db/lock';
import { createAdmin } from './create-admin';

/** `npm run admin -- create <username> [--district <code> <name>]`: asks for the password twice. */
function ask(question: string, hidden: boolean): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (hidden && process.stdin.isTTY) {
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(question);
    };
  }
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (hidden && process.stdin.isTTY) process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

async function main(args: string[]): Promise<void> {
  const [command, username, ...rest] = args;
  if (command !== 'create' || !username) {
    console.error('usage: npm run admin -- create <username> [--district <code> <name>]');
    process.exit(64);
  }
  const d = rest.indexOf('--district');
  const district = d >= 0 ? { code: rest[d + 1], name: rest[d + 2] } : undefined;
  const password = await ask('password: ', true);
  const again = await ask('password again: ', true);
  if (password !== again) throw new Error('the passwords differ');
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await createAdmin(database.db, { username: username.toLowerCase(), password, demoMode: config.demo, district });
    console.log(`created administrator ${username}`);
  } finally {
    await database.close();
    database.release();
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`gridwork admin: ${e instanceof DataDirLockedError ? e.message : e instanceof Error ? e.message : e}`);
  process.exit(e instanceof DataDirLockedError ? 2 : 1);
});
