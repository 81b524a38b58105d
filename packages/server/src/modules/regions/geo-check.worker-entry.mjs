// The entry of the shape check worker (geo-check.ts): registers tsx's loader in this thread, then
// loads the TypeScript worker. Plain JavaScript, so it runs the same under `npm start` and the test
// runner, whose TypeScript transform covers only its own thread.
import { register } from 'tsx/esm/api';

register();
await import('./geo-check.worker.ts');
