/**
 * Long work on the event loop in slices: inside a loop, `if (slices.due) await slices.next()` gives
 * other requests their turn (I/O and timers) once the current slice has run `sliceMs`, so no single
 * stretch of the work holds the loop much longer than that.
 */
/** Waits for the event loop's next turn (I/O and timers run first). */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

export class LoopSlices {
  #since = performance.now();

  constructor(private readonly sliceMs = 20) {}

  /** True when the current slice has run its time. */
  get due(): boolean {
    return performance.now() - this.#since >= this.sliceMs;
  }

  /** Waits for the loop's next turn, then starts a new slice. */
  async next(): Promise<void> {
    await nextTurn();
    this.#since = performance.now();
  }
}
