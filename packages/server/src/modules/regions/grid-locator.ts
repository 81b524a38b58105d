import { GridSpatialIndex, isPolygonal, type Polygonal } from '@gridwork/core/geo';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { unsafeListGridShapes } from './regions.repository';

/**
 * The in-memory spatial index behind `GET /grids/locate`, kept in step with grid edits by the
 * regions service (after each commit). One per process.
 */
export class GridLocator {
  private index = new GridSpatialIndex<number>();

  async load(db: Kysely<DB>): Promise<void> {
    const rows = await unsafeListGridShapes(db);
    const index = new GridSpatialIndex<number>();
    for (const r of rows) {
      if (isPolygonal(r.geometry as Polygonal)) index.upsert({ id: r.id, code: r.code, name: r.name, geometry: r.geometry as Polygonal });
    }
    index.prepare();
    this.index = index;
  }

  upsert(grid: { id: number; code: string; name: string; geometry: unknown }): void {
    if (isPolygonal(grid.geometry as Polygonal)) this.index.upsert({ ...grid, geometry: grid.geometry as Polygonal });
    else this.index.remove(grid.id);
  }

  remove(id: number): void {
    this.index.remove(id);
  }

  locate(lng: number, lat: number): { id: number; code: string; name: string } | null {
    const hit = this.index.locate(lng, lat);
    return hit ? { id: hit.id, code: hit.code, name: hit.name } : null;
  }

  get size(): number {
    return this.index.size;
  }
}
