/**
 * Bounds how much heavy work (a roster parse, an image decode) runs at once: at most `slots`
 * tasks run, at most `queue` more wait their turn, and any beyond that get `busy()` at once (a
 * 429 with a stable code) instead of piling up uploads in memory. With `perOwner`, one owner (an
 * account) holds at most that many of the running and waiting places, so one cannot fill the queue.
 */
export class WorkSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly held = new Map<number, number>();

  constructor(
    private readonly slots: number,
    private readonly queue: number,
    private readonly busy: () => Error,
    private readonly perOwner = Infinity,
  ) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>, owner?: number): Promise<T> {
    if (owner !== undefined && (this.held.get(owner) ?? 0) >= this.perOwner) throw this.busy();
    if (this.running < this.slots) {
      this.running++;
      this.hold(owner, 1);
    } else if (this.waiting.length < this.queue) {
      this.hold(owner, 1);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else throw this.busy();
    try {
      return await task();
    } finally {
      this.hold(owner, -1);
      // the slot passes straight to the next waiting task, or is given back
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  private hold(owner: number | undefined, delta: 1 | -1): void {
    if (owner === undefined) return;
    const n = (this.held.get(owner) ?? 0) + delta;
    if (n > 0) this.held.set(owner, n);
    else this.held.delete(owner);
  }
}
