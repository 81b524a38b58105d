/** 简体中文: GeoJSON import problems, one title and explanation per stable code of the server (core geojson-problems.ts). */
import type { GeoProblemCode } from '@gridwork/core/regions/geo/geojson-problems';

interface ProblemText {
  title: string;
  help: string;
}

const codes: Record<GeoProblemCode, ProblemText> = {
  NOT_A_FEATURE_COLLECTION: { title: '不是要素集合', help: '文件必须是 GeoJSON FeatureCollection，并含有 "features" 数组。' },
  NO_FEATURES: { title: '没有要素', help: '要素集合中没有任何网格。' },
  TOO_MANY_FEATURES: { title: '要素过多', help: '一个文件最多 {{features}} 个要素，请拆分成几个文件分批导入。' },
  FILE_TOO_LARGE: { title: '文件过大', help: '一个文件的坐标点合计最多 {{filePositions}} 个，请拆分成几个文件分批导入。' },
  TOO_MANY_PROBLEMS: { title: '问题过多', help: '问题超过 {{max}} 个，其余未列出；请先修正上面列出的问题。' },
  FEATURE_INVALID: { title: '要素格式错误', help: '每个要素必须是 "type": "Feature" 的对象。' },
  GEOMETRY_MISSING: { title: '缺少边界', help: '该要素没有 geometry（网格边界）。' },
  GEOMETRY_TYPE_INVALID: { title: '边界类型不对', help: '网格边界必须是面（Polygon 或 MultiPolygon），不能是点或线。' },
  GEOMETRY_EMPTY: { title: '边界为空', help: '边界中没有任何环或多边形。' },
  COORDINATES_INVALID: {
    title: '坐标结构错误',
    help: 'coordinates 的嵌套层次不对：Polygon 为“环 → 点 → [经度, 纬度]”，MultiPolygon 再多一层多边形。',
  },
  POSITION_INVALID: { title: '坐标点格式错误', help: '每个点必须写成 [经度, 纬度]（可再带海拔）。' },
  COORDINATE_NOT_NUMBER: { title: '坐标不是数字', help: '坐标值必须是有限的数字，不能是文字或空值。' },
  COORDINATE_OUT_OF_RANGE: {
    title: '坐标超出范围',
    help: '经度须在 -180 到 180 之间，纬度须在 -90 到 90 之间。GeoJSON 的顺序是 [经度, 纬度]，请检查是否写反。',
  },
  RING_TOO_SHORT: { title: '环的点数不足', help: '一个环至少要有 4 个点（首尾两点相同）。' },
  RING_NOT_CLOSED: { title: '环未闭合', help: '环的最后一个点必须与第一个点完全相同。' },
  RING_DEGENERATE: { title: '环没有面积', help: '环的所有点都在一条直线上，围不成一块区域。' },
  GEOMETRY_TOO_LARGE: {
    title: '边界过于复杂',
    help: '一个网格边界最多 {{shapePositions}} 个点，每个环最多 {{ringPositions}} 个点、每个多边形最多 {{rings}} 个环、最多 {{polygons}} 个多边形，请简化边界。',
  },
  RING_SELF_INTERSECTION: {
    title: '环自相交',
    help: '环的边相互交叉或折回重叠（例如“8”字形、蝴蝶结形），请调整点的顺序，或拆成几个多边形。',
  },
  RINGS_INTERSECT: { title: '环之间相交', help: '内环（洞）须位于外环之内且互不相交；MultiPolygon 中的各个多边形不能相互重叠。' },
  GEOMETRY_TOO_COMPLEX: { title: '无法比较边界', help: '该网格与{{other}}的边界过于复杂，无法计算重叠面积，请简化边界。' },
  GEOMETRY_UNPROCESSABLE: { title: '无法处理边界', help: '计算该网格与{{other}}的重叠时出错，请检查边界是否有效。' },
  PROPERTIES_MISSING: { title: '缺少属性', help: '要素须有 properties，含 code（网格编码）、name（名称）和 parentCode（上级编码）。' },
  CODE_MISSING: { title: '缺少网格编码', help: '属性 code（15 位网格编码）必须填写。' },
  CODE_INVALID: {
    title: '网格编码无效',
    help: '网格编码须为 15 位数字：6 位行政区划 + 3 位街道 + 3 位社区 + 3 位网格，且每一段都不能全为 0。',
  },
  CODE_DUPLICATE: { title: '网格编码重复', help: '这个编码已被{{other}}使用，每个网格的编码必须唯一。' },
  NAME_MISSING: { title: '缺少名称', help: '属性 name（网格名称）必须填写。' },
  PARENT_CODE_MISSING: { title: '缺少上级编码', help: '属性 parentCode（网格所属社区或工作站的编码）必须填写。' },
  PARENT_NOT_FOUND: { title: '上级不存在', help: '系统中没有这个编码的社区或工作站，请先建立上级区域或改正编码。' },
  CODE_PARENT_MISMATCH: { title: '编码与上级不符', help: '网格的上级须为其所属社区（网格编码的前 12 位）或该社区下的工作站。' },
  GRIDS_OVERLAP: { title: '网格重叠', help: '与{{other}}重叠约 {{area}} 平方米（允许 1 平方米）。网格边界须清晰，互不重叠。' },
  OUTSIDE_PARENT: { title: '超出上级边界', help: '约 {{area}} 平方米位于上级 {{parentCode}} 的边界之外（允许 1 平方米）。' },
};

const geojson = {
  geojsonProblem: {
    codes,
    file: '整个文件',
    feature: '第 {{n}} 个要素',
    featureNamed: '第 {{n}} 个要素“{{name}}”',
    otherFeature: '第 {{n}} 个要素（{{code}}）',
    existingGrid: '已有网格 {{code}}',
    parent: '上级 {{code}}',
    problem: '问题',
    where: '位置',
    value: '文件中的值：{{value}}',
    positions: '该环有 {{count}} 个点',
    technical: '技术信息：{{code}} {{path}}',
    place: {
      type: '类型',
      properties: '属性',
      code: '网格编码（code）',
      name: '名称（name）',
      parentCode: '上级编码（parentCode）',
      geometry: '边界',
      geometryType: '边界类型',
      polygon: '第 {{n}} 个多边形',
      outerRing: '外环',
      hole: '第 {{n}} 个内环（洞）',
      position: '第 {{n}} 个点',
      lng: '经度',
      lat: '纬度',
      alt: '海拔',
    },
  },
};

export default geojson;
