// Fails when a source line is longer than the formatter's width (140): the formatter wraps code, and
// this catches what it cannot (long strings, SQL in template literals, comments). Run by `npm run lint`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const WIDTH = 140;
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'packages', 'e2e', 'bench', 'scripts'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.includes('node_modules/') && !f.endsWith('.gen.ts')); // generated files: as generated
const long = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // listed but deleted in the working tree
  }
  text.split('\n').forEach((line, i) => {
    if ([...line].length > WIDTH) long.push(`${file}:${i + 1} (${[...line].length})`);
  });
}
if (long.length > 0) {
  console.error(`${long.length} lines longer than ${WIDTH} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`line length: ${files.length} files, no line over ${WIDTH} characters`);
