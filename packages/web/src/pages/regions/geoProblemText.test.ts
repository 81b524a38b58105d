import { GeoProblemCodes } from '@gridwork/core/regions/geo/geojson-problems';
import { collection, gridFeature, rect } from '@gridwork/core/regions/geo/geo-fixtures';
import { validateGridCollection } from '@gridwork/core/regions/geo/validate-geojson';
import { describe, expect, it } from 'vitest';
import { i18nForTests } from '../../testing/i18nForTests';
import { describeGeoProblem, pathKeys } from './geoProblemText';

const WS = '110105001001W01';
const ctx = {
  parents: new Map([
    ['110105001001', null],
    [WS, null],
  ]),
  existing: [],
};
const bowTie = {
  type: 'Polygon',
  coordinates: [
    [
      [116.4, 39.9],
      [116.41, 39.91],
      [116.41, 39.9],
      [116.4, 39.91],
      [116.4, 39.9],
    ],
  ],
};
const file = collection([
  gridFeature(rect(116.4, 39.9, 116.401, 39.901), { code: '110105001001001', name: '东一网格', parentCode: WS }),
  gridFeature(bowTie, { code: '110105001001002', name: '东二网格', parentCode: WS }),
  gridFeature(rect(116.4, 39.9, 116.401, 39.901), { code: '110105001001003', name: '东三网格', parentCode: WS }),
  gridFeature(
    {
      type: 'Polygon',
      coordinates: [
        [
          [116.4, 39.9],
          [116.4, 95],
          [116.41, 39.9],
          [116.4, 39.9],
        ],
      ],
    },
    { code: '1', parentCode: WS },
  ),
]);
const problems = validateGridCollection(file, ctx).problems;

describe('GeoJSON import problems in Chinese and English, per stable code', () => {
  it('every code of the server has a title and an explanation in zh-CN and en', async () => {
    for (const lng of ['zh-CN', 'en'] as const) {
      const t = await i18nForTests(lng);
      for (const code of Object.values(GeoProblemCodes)) {
        expect(t(`geojsonProblem.codes.${code}.title`, { defaultValue: '' }), `${lng} ${code}`).not.toBe('');
        expect(t(`geojsonProblem.codes.${code}.help`, { defaultValue: '' }), `${lng} ${code}`).not.toBe('');
      }
    }
  });

  it('B1 a bow tie reads as a self-crossing ring of the named feature, not as a collinear one', async () => {
    const t = await i18nForTests();
    const p = problems.find((x) => x.feature === 1);
    expect(p?.code).toBe('RING_SELF_INTERSECTION');
    expect(describeGeoProblem(t, p!, file)).toMatchObject({ feature: '第 2 个要素“东二网格”', title: '环自相交', where: '边界 · 外环' });
  });

  it('B1 an overlap names the other feature by number and code, with the area in square metres', async () => {
    const t = await i18nForTests();
    const view = describeGeoProblem(t, problems.find((x) => x.code === 'GRIDS_OVERLAP')!, file);
    expect(view.feature).toBe('第 3 个要素“东三网格”');
    expect(view.help).toMatch(/^与第 1 个要素（110105001001001）重叠约 [\d.]+ 平方米/);
    const en = describeGeoProblem(await i18nForTests('en'), problems.find((x) => x.code === 'GRIDS_OVERLAP')!, file);
    expect(en.help).toMatch(/^Overlaps feature 1 \(110105001001001\) by about [\d.]+ m²/);
  });

  it('a bad coordinate and a bad code show the place in words and the value from the file; no raw English', async () => {
    const t = await i18nForTests();
    const views = problems.filter((x) => x.feature === 3).map((p) => describeGeoProblem(t, p, file));
    expect(views.map((v) => [v.title, v.where, v.value])).toEqual([
      ['网格编码无效', '属性 · 网格编码（code）', '文件中的值："1"'],
      ['缺少名称', '属性 · 名称（name）', null],
      ['坐标超出范围', '边界 · 外环 · 第 2 个点 · 纬度', '文件中的值：95'],
    ]);
    for (const v of views) expect(`${v.title}${v.help}`).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
  });

  it('a problem of the whole file and an unknown code still read sensibly', async () => {
    const t = await i18nForTests();
    expect(describeGeoProblem(t, { feature: -1, path: '', code: 'NO_FEATURES', message: 'x' }, file)).toMatchObject({
      feature: '整个文件',
      title: '没有要素',
      where: '',
    });
    expect(describeGeoProblem(t, { feature: 0, code: 'SOMETHING_NEW', message: 'as sent' }, file)).toMatchObject({
      title: 'SOMETHING_NEW',
      help: 'as sent',
    });
    expect(pathKeys('features[3].geometry.coordinates[0][2][1]')).toEqual(['features', 3, 'geometry', 'coordinates', 0, 2, 1]);
  });
});
