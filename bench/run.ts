/**
 * `npm run bench`: every benchmark, each beside its raw ceiling in the same run.
 * Pick some with `npm run bench -- locate`. Results are printed; nothing here is a unit test.
 */
import { main as casesIntake } from './cases-intake.bench';
import { main as households } from './households.bench';
import { main as locate } from './locate.bench';
import { main as supervisionBoard } from './supervision-board.bench';

const BENCHES: Record<string, () => unknown | Promise<unknown>> = {
  locate: () => locate(),
  'cases-intake': () => casesIntake(),
  'supervision-board': () => supervisionBoard(),
  households: () => households(),
  assessment: async () => (await import('./assessment.bench')).main(),
  'field-phone': async () => (await import('./field-phone.bench')).main(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(BENCHES);
for (const name of names) {
  const run = BENCHES[name];
  if (!run) {
    console.error(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(64);
  }
  console.log(`\n== ${name}`);
  await run();
}
