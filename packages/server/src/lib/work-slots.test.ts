import { describe, expect, it } from 'vitest';
import { WorkSlots } from './work-slots';

const busy = () => new Error('busy');
/** A task that runs until `release` is called. */
function held(): { task: () => Promise<string>; release: () => void } {
  let release!: () => void;
  const done = new Promise<string>((resolve) => (release = () => resolve('done')));
  return { task: () => done, release };
}

describe('security: work slots bound heavy work', () => {
  it('runs at most `slots`, queues at most `queue`, refuses the rest at once', async () => {
    const slots = new WorkSlots(1, 1, busy);
    const [a, b] = [held(), held()];
    const first = slots.run(a.task);
    const second = slots.run(b.task);
    await expect(slots.run(held().task)).rejects.toThrow('busy');
    expect(slots.load).toEqual({ running: 1, waiting: 1 });
    a.release();
    b.release();
    expect(await Promise.all([first, second])).toEqual(['done', 'done']);
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
  });

  it('one owner holds at most `perOwner` places, running or waiting; others still get theirs; places are given back', async () => {
    const slots = new WorkSlots(1, 8, busy, 1);
    const a = held();
    const mine = slots.run(a.task, 7);
    await expect(slots.run(held().task, 7)).rejects.toThrow('busy');
    const b = held();
    const theirs = slots.run(b.task, 8);
    expect(slots.load).toEqual({ running: 1, waiting: 1 });
    a.release();
    await mine;
    const c = held();
    const again = slots.run(c.task, 7); // owner 7 is free again (waits behind owner 8)
    b.release();
    c.release();
    expect(await Promise.all([theirs, again])).toEqual(['done', 'done']);
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
  });
});
