import { describe, expect, it } from 'vitest';
import { createRng } from '../../demo/prng';
import { convertPolygonal, gcj02ToWgs84, isOutsideChina, wgs84ToGcj02 } from './gcj02';
import { multi, rect } from './geo-fixtures';

describe('WGS-84 ⇄ GCJ-02 (base maps of Gaode and Tencent; storage stays WGS-84)', () => {
  it('matches the published value of the public formula', () => {
    // wandergis/coordtransform: wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164]
    const [lng, lat] = wgs84ToGcj02(116.404, 39.915);
    expect(lng).toBeCloseTo(116.41024449916938, 12);
    expect(lat).toBeCloseTo(39.91640428150164, 12);
  });

  it('inverts by iteration to well under 1e-7 degrees', () => {
    // the one-step approximation published with the formula is within ~1e-5 of the true inverse
    const [lng, lat] = gcj02ToWgs84(116.404, 39.915);
    expect(Math.abs(lng - 116.39775550083061)).toBeLessThan(1e-4);
    expect(Math.abs(lat - 39.91359571849836)).toBeLessThan(1e-4);
    const [gx, gy] = wgs84ToGcj02(lng, lat);
    expect(Math.abs(gx - 116.404)).toBeLessThan(1e-8);
    expect(Math.abs(gy - 39.915)).toBeLessThan(1e-8);
  });

  it('round-trips random points across China to < 1e-7 degrees', () => {
    const rng = createRng(2);
    for (let i = 0; i < 2000; i++) {
      const p: [number, number] = [rng.between(73.5, 134.7), rng.between(18.2, 53.5)];
      const [x, y] = gcj02ToWgs84(...wgs84ToGcj02(...p));
      expect(Math.abs(x - p[0])).toBeLessThan(1e-7);
      expect(Math.abs(y - p[1])).toBeLessThan(1e-7);
    }
  });

  it('leaves points outside China unchanged', () => {
    expect(isOutsideChina(2.35, 48.85)).toBe(true);
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
    expect(gcj02ToWgs84(-74.0, 40.7)).toEqual([-74.0, 40.7]);
    expect(wgs84ToGcj02(116.4, 60)).toEqual([116.4, 60]);
    expect(isOutsideChina(116.4, 39.9)).toBe(false);
  });

  it('converts every position of a geometry and keeps rings closed', () => {
    const poly = rect(116.4, 39.9, 116.41, 39.91);
    const g = convertPolygonal(poly, wgs84ToGcj02);
    const ring = g.coordinates[0];
    expect(g.type).toBe('Polygon');
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring[0][0]).toBeGreaterThan(116.405);
    const back = convertPolygonal(g, gcj02ToWgs84);
    back.coordinates[0].forEach(([x, y], i) => {
      expect(Math.abs(x - poly.coordinates[0][i][0])).toBeLessThan(1e-7);
      expect(Math.abs(y - poly.coordinates[0][i][1])).toBeLessThan(1e-7);
    });
    expect(convertPolygonal(multi(poly, poly), wgs84ToGcj02).type).toBe('MultiPolygon');
    expect(poly.coordinates[0][0]).toEqual([116.4, 39.9]); // input untouched
  });
});
