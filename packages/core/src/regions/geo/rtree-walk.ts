/**
 * Allocation-free point queries on a finished flatbush tree.
 *
 * `Flatbush#search` allocates two arrays per query; at a million queries per second that is a
 * large share of the time (measured in `bench/locate.bench.ts`). This walks the same packed arrays
 * flatbush builds (`_boxes`, `_indices`, `_levelBounds`: the layout of flatbush 4.7, pinned in
 * package.json; the spatial-index tests compare every answer with a plain loop, so a change of
 * layout cannot go unnoticed) with a preallocated stack.
 */
import type Flatbush from 'flatbush';

export class PointWalker {
  private readonly boxes: ArrayLike<number>;
  private readonly indices: ArrayLike<number>;
  private readonly levelBounds: number[];
  private readonly nodeSize: number;
  private readonly leafEnd: number;
  /** Each node is pushed at most once per query: two slots per node is always enough. */
  private readonly stack: Int32Array;

  constructor(tree: Flatbush) {
    this.boxes = tree._boxes;
    this.indices = tree._indices;
    this.levelBounds = tree._levelBounds;
    this.nodeSize = tree.nodeSize;
    this.leafEnd = tree.numItems * 4;
    if (this.boxes.length !== this.levelBounds[this.levelBounds.length - 1]) {
      throw new Error('unexpected flatbush layout (is flatbush still 4.7?)');
    }
    this.stack = new Int32Array(2 * (this.boxes.length / 4) + 2);
  }

  /**
   * The lowest item whose box holds (x, y) and that passes `test`, or -1. `test` is not called
   * for items above the best found so far.
   */
  lowest(x: number, y: number, test: (item: number) => boolean): number {
    const { boxes, indices, levelBounds, nodeSize, leafEnd, stack } = this;
    let best = -1;
    let sp = 0;
    let node = boxes.length - 4;
    let level = levelBounds.length - 1;
    for (;;) {
      const end = Math.min(node + nodeSize * 4, levelBounds[level]);
      const leaves = node < leafEnd;
      for (let pos = node; pos < end; pos += 4) {
        if (x < boxes[pos] || y < boxes[pos + 1] || x > boxes[pos + 2] || y > boxes[pos + 3]) continue;
        const index = indices[pos >> 2];
        if (!leaves) {
          stack[sp++] = index;
          stack[sp++] = level - 1;
        } else if ((best < 0 || index < best) && test(index)) {
          best = index;
        }
      }
      if (sp === 0) return best;
      level = stack[--sp];
      node = stack[--sp];
    }
  }

  private found: number[] = [];
  private readonly collect = (item: number): boolean => {
    this.found.push(item);
    return false;
  };

  /** Every item whose box holds (x, y). */
  all(x: number, y: number): number[] {
    this.found = [];
    this.lowest(x, y, this.collect);
    return this.found;
  }
}
