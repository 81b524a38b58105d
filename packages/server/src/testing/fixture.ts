import type { Role } from '@gridwork/core';
import { PRESETS } from '@gridwork/core/policy';
import { bboxOf, type Polygon } from '@gridwork/core/geo';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { hashPassword } from '../modules/auth/password';
import { insertRegion, type RegionRow } from '../modules/regions/regions.repository';
import { insertRole, insertUser } from '../modules/users/users.repository';

export const TEST_PASSWORD = 'test-password-1';

/** An axis-aligned rectangle polygon (WGS-84). */
export function rect(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

const REGIONS: Array<{ key: string; parent: string | null; type: string; code: string; name: string; shape?: Polygon }> = [
  { key: 'district', parent: null, type: 'district', code: '110101', name: '测试区' },
  { key: 'street', parent: 'district', type: 'street', code: '110101001', name: '测试街道', shape: rect(116.0, 39.0, 116.04, 39.02) },
  { key: 'c1', parent: 'street', type: 'community', code: '110101001001', name: '一社区', shape: rect(116.0, 39.0, 116.02, 39.02) },
  { key: 'w1', parent: 'c1', type: 'workstation', code: '110101001001W01', name: '一社区工作站' },
  { key: 'g1', parent: 'w1', type: 'grid', code: '110101001001001', name: '一社区第一网格', shape: rect(116.0, 39.0, 116.01, 39.02) },
  { key: 'g2', parent: 'w1', type: 'grid', code: '110101001001002', name: '一社区第二网格', shape: rect(116.01, 39.0, 116.02, 39.02) },
  { key: 'c2', parent: 'street', type: 'community', code: '110101001002', name: '二社区', shape: rect(116.02, 39.0, 116.04, 39.02) },
  { key: 'c2g1', parent: 'c2', type: 'grid', code: '110101001002001', name: '二社区第一网格', shape: rect(116.02, 39.0, 116.04, 39.02) },
  { key: 'town', parent: 'district', type: 'town', code: '110101101', name: '测试镇' },
  { key: 'tc1', parent: 'town', type: 'community', code: '110101101001', name: '镇一社区' },
  { key: 'tg1', parent: 'tc1', type: 'grid', code: '110101101001001', name: '镇一网格' },
];

const USERS: Array<{ username: string; role: Role; region: string }> = [
  { username: 'admin', role: 'admin', region: 'district' },
  { username: 'officer', role: 'street-officer', region: 'street' },
  { username: 'lead', role: 'community-lead', region: 'c1' },
  { username: 'station', role: 'workstation-staff', region: 'w1' },
  { username: 'leader', role: 'grid-leader', region: 'g1' },
  { username: 'worker1', role: 'grid-worker', region: 'g1' },
  { username: 'worker2', role: 'grid-worker', region: 'c2g1' },
  { username: 'hotline', role: 'hotline-operator', region: 'street' },
  { username: 'supervisor', role: 'supervisor', region: 'street' },
  { username: 'dept', role: 'department-handler', region: 'district' },
  { username: 'townofficer', role: 'town-officer', region: 'town' },
  { username: 'townworker', role: 'grid-worker', region: 'tg1' },
];

export interface Fixture {
  regions: Record<string, RegionRow>;
  users: Record<string, number>;
}

/** A small street and town with a user for every role; independent of the demo data. */
export async function seedFixture(db: Kysely<DB>): Promise<Fixture> {
  const passwordHash = await hashPassword(TEST_PASSWORD, 1024);
  return db.transaction().execute(async (trx) => {
    const regions: Record<string, RegionRow> = {};
    for (const r of REGIONS) {
      const parent = r.parent ? regions[r.parent] : null;
      regions[r.key] = await insertRegion(
        trx,
        {
          parentId: parent?.id ?? null,
          type: r.type,
          code: r.code,
          name: r.name,
          geometry: r.shape ?? null,
          bbox: r.shape ? bboxOf(r.shape) : null,
        },
        parent,
        new Date(),
      );
    }
    for (const [key, preset] of [
      ['district', 'community'],
      ['town', 'township'],
    ] as const) {
      await trx
        .insertInto('policies')
        .values({ region_id: regions[key].id, preset, values: JSON.stringify(PRESETS[preset]) })
        .execute();
    }
    const users: Record<string, number> = {};
    for (const u of USERS) {
      users[u.username] = await insertUser(trx, { username: u.username, displayName: u.username, passwordHash, isDemo: false }, new Date());
      await insertRole(trx, users[u.username], u.role, regions[u.region].id);
    }
    return { regions, users };
  });
}
