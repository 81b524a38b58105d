import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { shanghaiDate, startServer } from './server';

/**
 * Seeds the demo street once per run (about 15 s on two cores) into a data dir that each browser
 * test's server starts from as a copy (startServer), instead of seeding it again per file.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwork-e2e-template-'));
  const day = shanghaiDate();
  const server = await startServer({}, dir);
  await server.stop();
  fs.rmSync(path.join(dir, 'gridwork.pid'), { force: true });
  project.provide('e2eDemoTemplate', { dir, day });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
