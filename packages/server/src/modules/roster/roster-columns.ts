/**
 * The household roster layout (户籍花名册, A11.1): one row per resident; rows sharing a 户编号
 * (household key) are one household. The template, the import and the roster export all use
 * this one list, so an export opens as a filled-in template. README "Roster template columns"
 * documents the same columns.
 */
export const ROSTER_SHEET = '户籍花名册';
export const LISTS_SHEET = '选项';
export const HELP_SHEET = '说明';
/** Row 1: Chinese headers; row 2: English headers; data from row 3. */
export const FIRST_DATA_ROW = 3;
export { XLSX_MIME } from '../../lib/xlsx';

export type ColumnKey =
  | 'householdKey'
  | 'gridCode'
  | 'address'
  | 'compound'
  | 'building'
  | 'housing'
  | 'landlord'
  | 'name'
  | 'sex'
  | 'birthDate'
  | 'idNumber'
  | 'phone'
  | 'relation'
  | 'tags'
  | 'economicSituation'
  | 'skills'
  | 'views'
  | 'socialRelations'
  | 'notes';

export type ListName = 'grid' | 'housing' | 'sex' | 'relation' | 'tags';

export interface RosterColumn {
  key: ColumnKey;
  zh: string;
  en: string;
  /** Household columns must agree on every row of one household (blank = same as the household's other rows). */
  level: 'household' | 'resident';
  required: boolean;
  width: number;
  /** A drop-down from the lists sheet. */
  list?: ListName;
  /** Stored as text in the template (ID numbers, phones and codes must not become numbers). */
  text?: boolean;
  help: string;
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  {
    key: 'householdKey',
    zh: '户编号',
    en: 'household key',
    level: 'household',
    required: true,
    width: 10,
    text: true,
    help: '同一户的成员填相同的户编号（如 H001）；只在本文件内有效，导入时每个户编号新建一户',
  },
  {
    key: 'gridCode',
    zh: '网格编码',
    en: 'grid code',
    level: 'household',
    required: true,
    width: 18,
    text: true,
    list: 'grid',
    help: '15 位网格编码，须为您负责登记的网格（网格员只能填本人网格）',
  },
  { key: 'address', zh: '地址', en: 'address', level: 'household', required: true, width: 28, help: '门牌地址，最多 200 字' },
  { key: 'compound', zh: '小区', en: 'compound', level: 'household', required: false, width: 14, help: '可选：网格内小区的名称或编码' },
  {
    key: 'building',
    zh: '楼栋',
    en: 'building',
    level: 'household',
    required: false,
    width: 12,
    help: '可选：楼栋的名称或编码（在所填小区内，未填小区则在网格内）',
  },
  {
    key: 'housing',
    zh: '住房',
    en: 'housing',
    level: 'household',
    required: false,
    width: 8,
    list: 'housing',
    help: '自有 或 租住（owned / rented），空白为自有',
  },
  { key: 'landlord', zh: '房东', en: 'landlord', level: 'household', required: false, width: 12, help: '租住时的房东，最多 200 字' },
  { key: 'name', zh: '姓名', en: 'name', level: 'resident', required: true, width: 10, help: '最多 50 字' },
  { key: 'sex', zh: '性别', en: 'sex', level: 'resident', required: true, width: 6, list: 'sex', help: '男 或 女（M / F）' },
  {
    key: 'birthDate',
    zh: '出生日期',
    en: 'birth date',
    level: 'resident',
    required: true,
    width: 12,
    help: '日期单元格或 YYYY-MM-DD，不早于 1900 年，不晚于今天',
  },
  {
    key: 'idNumber',
    zh: '身份证号',
    en: 'ID number',
    level: 'resident',
    required: false,
    width: 22,
    text: true,
    help: '18 位公民身份号码（按文本填写），校验位、出生日期和性别须一致；导出文件中的脱敏值（含 *）导入时忽略',
  },
  {
    key: 'phone',
    zh: '联系电话',
    en: 'phone',
    level: 'resident',
    required: false,
    width: 15,
    text: true,
    help: '7 至 15 位数字，可含空格、横线和 +86；脱敏值（含 *）导入时忽略',
  },
  {
    key: 'relation',
    zh: '与户主关系',
    en: 'relation to head',
    level: 'resident',
    required: false,
    width: 10,
    list: 'relation',
    help: '从下拉列表选择（或填英文代码）',
  },
  {
    key: 'tags',
    zh: '标签',
    en: 'tags',
    level: 'resident',
    required: false,
    width: 18,
    list: 'tags',
    help: '多个标签用 、 或逗号分隔；填中文名称或英文代码，须在居民标签列表中',
  },
  {
    key: 'economicSituation',
    zh: '经济状况',
    en: 'economic situation',
    level: 'resident',
    required: false,
    width: 14,
    help: '最多 500 字',
  },
  { key: 'skills', zh: '技能特长', en: 'skills', level: 'resident', required: false, width: 14, help: '最多 500 字' },
  { key: 'views', zh: '意见诉求', en: 'views', level: 'resident', required: false, width: 16, help: '最多 2000 字' },
  {
    key: 'socialRelations',
    zh: '主要社会关系',
    en: 'main social relations',
    level: 'resident',
    required: false,
    width: 16,
    help: '最多 2000 字',
  },
  { key: 'notes', zh: '备注', en: 'notes', level: 'resident', required: false, width: 16, help: '最多 2000 字' },
];

export const COLUMN_BY_KEY = new Map(ROSTER_COLUMNS.map((c) => [c.key, c]));
export const HOUSEHOLD_KEYS = ROSTER_COLUMNS.filter((c) => c.level === 'household').map((c) => c.key);

export const SEX_LABELS: ReadonlyArray<readonly ['M' | 'F', string]> = [
  ['M', '男'],
  ['F', '女'],
];
export const HOUSING_LABELS: ReadonlyArray<readonly ['owned' | 'rented', string]> = [
  ['owned', '自有'],
  ['rented', '租住'],
];

/** Relation to the head of household: codes (stored) with their Chinese labels (the same list as the web forms). */
export const RELATIONS: ReadonlyArray<readonly [string, string]> = [
  ['head', '户主'],
  ['spouse', '配偶'],
  ['child', '子女'],
  ['parent', '父母'],
  ['grandchild', '孙子女'],
  ['sibling', '兄弟姐妹'],
  ['tenant', '租户'],
  ['other', '其他'],
];

const HOUSING_ALIASES: Record<string, 'owned' | 'rented'> = {
  自有: 'owned',
  自住: 'owned',
  owned: 'owned',
  租住: 'rented',
  租赁: 'rented',
  rented: 'rented',
};
const SEX_ALIASES: Record<string, 'M' | 'F'> = { 男: 'M', m: 'M', male: 'M', 女: 'F', f: 'F', female: 'F' };
const RELATION_ALIASES = new Map<string, string>(
  RELATIONS.flatMap(([code, zh]) => [
    [code, code],
    [zh, code],
  ]),
);

/** 男/女/M/F → code; anything else is returned as written (the schema check rejects it). */
export const sexCode = (text: string): string => SEX_ALIASES[text.toLowerCase()] ?? text;
export const housingCode = (text: string): string => HOUSING_ALIASES[text.toLowerCase()] ?? text;
export const relationCode = (text: string): string => RELATION_ALIASES.get(text.toLowerCase()) ?? RELATION_ALIASES.get(text) ?? text;
export const relationLabel = (code: string | null): string => (code === null ? '' : (RELATIONS.find(([c]) => c === code)?.[1] ?? code));

/** Tags are written as one cell: `低保、残疾` or `low-income, disabled`. */
export function splitTags(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}
