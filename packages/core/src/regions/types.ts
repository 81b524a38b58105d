/** The region tree (A1, B1): district → street/town → community → workstation → grid → compound/building. */
export const REGION_TYPES = ['district', 'street', 'town', 'community', 'workstation', 'grid', 'compound', 'building'] as const;
export type RegionType = (typeof REGION_TYPES)[number];

/** Which child types each region type may hold. */
export const CHILD_TYPES: Record<RegionType, readonly RegionType[]> = {
  district: ['street', 'town'],
  street: ['community'],
  town: ['community'],
  community: ['workstation', 'grid'],
  workstation: ['grid'],
  grid: ['compound', 'building'],
  compound: ['building'],
  building: [],
};

/** Street offices and towns are the "top" regions: the scale-out (distribution) key of large tables. */
export const TOP_REGION_TYPES: readonly RegionType[] = ['street', 'town'];

export interface RegionRef {
  id: number;
  type: RegionType;
  /** Ids from the root down to and including this node. */
  path: number[];
}
