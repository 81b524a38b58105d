#!/usr/bin/env node
// Part of `npm start`: builds the web app when its build is missing or older than its sources.
// The server then runs its TypeScript directly through tsx (no separate server build step).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'packages/web');
const built = path.join(web, 'dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function webIsStale() {
  if (!fs.existsSync(built)) return true;
  const sources = Math.max(newestMtime(path.join(web, 'src')), fs.statSync(path.join(web, 'index.html')).mtimeMs);
  return sources > fs.statSync(built).mtimeMs;
}

if (process.env.GRIDWORK_SKIP_WEB_BUILD !== 'true' && webIsStale()) {
  console.log('gridwork: building the web app (first start only) ...');
  const r = spawnSync('npm', ['run', 'build', '-w', '@gridwork/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

