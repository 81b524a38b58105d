import { describe, expect, it } from 'vitest';
import { boundingBox, haversineMetres, offsetMetres } from './distance';

describe('great-circle distance (merge suggestions, issue 3 item 3)', () => {
  it('one degree of latitude is about 111.2 km; the same point is 0 m', () => {
    expect(haversineMetres({ lat: 30, lng: 120 }, { lat: 31, lng: 120 })).toBeCloseTo(111_195, -1);
    expect(haversineMetres({ lat: 30, lng: 120 }, { lat: 30, lng: 120 })).toBe(0);
  });

  it('along a parallel the distance shrinks with cos(latitude): 0.01° of longitude at 60° is about 556 m', () => {
    expect(haversineMetres({ lat: 60, lng: 10 }, { lat: 60, lng: 10.01 })).toBeCloseTo(555.97, 0);
    expect(haversineMetres({ lat: 0, lng: 10 }, { lat: 0, lng: 10.01 })).toBeCloseTo(1111.95, 0);
  });

  it('offsets of 150 m and 250 m east and north measure back to within a centimetre', () => {
    const o = { lat: 39.9, lng: 116.4 };
    for (const m of [150, 250]) {
      expect(haversineMetres(o, offsetMetres(o, m, 0))).toBeCloseTo(m, 2);
      expect(haversineMetres(o, offsetMetres(o, 0, m))).toBeCloseTo(m, 1);
    }
  });

  it('the bounding box holds every point of the circle (8 directions) and not much more', () => {
    const o = { lat: 45, lng: 120 };
    const box = boundingBox(o, 200);
    for (let k = 0; k < 8; k++) {
      const a = (k * Math.PI) / 4;
      const p = offsetMetres(o, 200 * Math.cos(a), 200 * Math.sin(a));
      expect(p.lat).toBeGreaterThanOrEqual(box.south);
      expect(p.lat).toBeLessThanOrEqual(box.north);
      expect(p.lng).toBeGreaterThanOrEqual(box.west);
      expect(p.lng).toBeLessThanOrEqual(box.east);
    }
    expect(haversineMetres(o, { lat: box.north, lng: o.lng })).toBeLessThan(201);
  });
});
