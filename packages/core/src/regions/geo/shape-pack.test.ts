import { describe, expect, it } from 'vitest';
import { multi, rect, rectRing } from './geo-fixtures';
import type { AreaGrid } from './grid-overlap';
import { packShapeCheck, unpackShapeCheck } from './shape-pack';

describe('a shape check packed for a worker thread', () => {
  it('unpacks to the same check (altitudes dropped); a shape used twice is packed once', () => {
    const shared = rect(116.4, 39.9, 116.401, 39.901);
    const withAltitude = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [116.5, 39.9, 12],
          [116.51, 39.9, 12],
          [116.51, 39.91, 12],
          [116.5, 39.9, 12],
        ],
      ],
    };
    const grids: AreaGrid[] = [
      { feature: 0, code: 'a', parentCode: 'p', group: 'g', geometry: shared },
      {
        feature: 3,
        code: 'b',
        parentCode: 'p',
        group: 'g',
        geometry: multi(rect(0, 0, 1, 1, [rectRing(0.2, 0.2, 0.4, 0.4)]), rect(2, 2, 3, 3)),
        path: 'geometry',
      },
    ];
    const job = {
      grids,
      parents: new Map([['p', shared]]),
      existing: [{ feature: -1, code: 'c', parentCode: 'p', group: 'g', geometry: withAltitude }],
      maxProblems: 7,
    };
    const packed = packShapeCheck(job);
    expect(packed.data.buffer).toBeInstanceOf(ArrayBuffer);
    // [multi, polygons, (rings, (positions, x, y ...))]: the shared rectangle once (14), the MultiPolygon (2 + 23 + 12), the triangle (12)
    expect(packed.data.length).toBe(14 + 37 + 12);
    const back = unpackShapeCheck(structuredClone(packed));
    expect(back.grids).toEqual(grids);
    expect(back.parents).toEqual(job.parents);
    expect(back.existing[0].geometry.coordinates).toEqual([
      [
        [116.5, 39.9],
        [116.51, 39.9],
        [116.51, 39.91],
        [116.5, 39.9],
      ],
    ]);
    expect(back.maxProblems).toBe(7);
  });
});
