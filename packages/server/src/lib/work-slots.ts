/**
 * Bounds how much heavy work (a roster parse, an image decode) runs at once: at most `slots`
 * tasks run, at most `queue` more wait their turn, and any beyond that get `busy()` at once (a
 * 429 with a stable code) instead of piling up uploads in memory.
 */
export class WorkSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly slots: number,
    private readonly queue: number,
    private readonly busy: () => Error,
  ) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.slots) this.running++;
    else if (this.waiting.length < this.queue) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else throw this.busy();
    try {
      return await task();
    } finally {
      // the slot passes straight to the next waiting task, or is given back
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
