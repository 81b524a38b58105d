/** Fictional but plausible Chinese names for the demo regions. */
import type { Rng } from './prng';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1..99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export const gridName = (community: string, seq: number): string => `${community}第${chineseNumber(seq)}网格`;
export const workstationName = (community: string, seq: number): string => `${community}第${chineseNumber(seq)}工作站`;

const COMPOUND_NAMES = [
  '阳光花园',
  '锦绣家园',
  '和谐苑',
  '翠竹园',
  '金桂里',
  '紫荆苑',
  '银杏小区',
  '丁香园',
  '海棠里',
  '玉兰苑',
  '松柏园',
  '枫林苑',
  '春晖里',
  '秋实园',
  '明珠苑',
  '星光花园',
  '华安里',
  '康乐园',
  '福泽苑',
  '安居小区',
  '长乐里',
  '怡景园',
  '清风苑',
  '晨曦园',
  '瑞祥里',
  '嘉禾苑',
  '文华园',
  '东方花园',
  '新桥小区',
  '柳荫里',
  '杏林苑',
  '碧水园',
  '青松里',
  '朝晖苑',
  '宏达小区',
  '兴业里',
];

const ROAD_NAMES = ['幸福路', '和平街', '友谊路', '团结路', '光明街', '建设路'];

const SURNAMES = ['王', '李', '张', '赵', '刘', '陈', '杨', '周'];
const HAMLET_SUFFIXES = ['家庄', '家湾'];
/** Hamlets (自然村) for the town's grids: 王家庄, 王家湾, 李家庄... */
const HAMLET_NAMES = SURNAMES.flatMap((s) => HAMLET_SUFFIXES.map((h) => s + h));

/** A compound or building to place at (u, v) of its grid's bounding box. */
export type PlaceSeed = { type: 'compound' | 'building'; name: string; u: number; v: number };

/** Hands out place names and positions, never the same name twice within one area. */
export class PlaceNamer {
  private compound = 0;
  private building = 0;
  private hamlet = 0;
  constructor(private readonly rng: Rng) {}

  street(count: number): PlaceSeed[] {
    const slots = [
      [0.3, 0.3],
      [0.7, 0.65],
      [0.35, 0.7],
    ];
    return slots
      .slice(0, count)
      .map(([u, v], k) =>
        k === 0
          ? { type: 'compound', name: COMPOUND_NAMES[this.compound++ % COMPOUND_NAMES.length], ...this.shift(u, v) }
          : { type: 'building', name: this.buildingName(), ...this.shift(u, v) },
      );
  }

  hamlets(count: number): PlaceSeed[] {
    return [
      [0.35, 0.4],
      [0.65, 0.6],
    ]
      .slice(0, count)
      .map(([u, v]) => ({ type: 'compound', name: HAMLET_NAMES[this.hamlet++ % HAMLET_NAMES.length], ...this.shift(u, v) }));
  }

  private buildingName(): string {
    const n = this.building++;
    return `${ROAD_NAMES[n % ROAD_NAMES.length]}${2 * Math.floor(n / ROAD_NAMES.length) + 1}号楼`;
  }

  private shift(u: number, v: number): { u: number; v: number } {
    return { u: u + this.rng.between(-0.08, 0.08), v: v + this.rng.between(-0.08, 0.08) };
  }
}
