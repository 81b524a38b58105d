/**
 * The roster workbook (template and export): the sheet 户籍花名册 (Chinese headers, English
 * headers in row 2, a note on each header), drop-downs fed from a hidden lists sheet, and the
 * 说明 (instructions) sheet. Exports fill the same layout with masked ID numbers and phones.
 */
import ExcelJS from 'exceljs';
import {
  FIRST_DATA_ROW,
  HELP_SHEET,
  HOUSING_LABELS,
  LISTS_SHEET,
  RELATIONS,
  ROSTER_COLUMNS,
  ROSTER_SHEET,
  SEX_LABELS,
  type ColumnKey,
  type ListName,
} from './roster-columns';

export interface RosterLists {
  grids: Array<{ code: string; name: string }>;
  tags: Array<{ code: string; labelZh: string }>;
}

export type RosterCells = Partial<Record<ColumnKey, string | null>>;

/** Rows of drop-down validation in the template (an export validates as many rows as it has, plus these). */
const VALIDATED_ROWS = 5000;

function listsSheet(wb: ExcelJS.Workbook, lists: RosterLists): Record<ListName, string> {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const columns: Array<[ListName, string, string[], string[]?]> = [
    ['sex', '性别', SEX_LABELS.map(([, zh]) => zh)],
    ['housing', '住房', HOUSING_LABELS.map(([, zh]) => zh)],
    ['relation', '与户主关系', RELATIONS.map(([, zh]) => zh), RELATIONS.map(([code]) => code)],
    ['tags', '标签', lists.tags.map((t) => t.labelZh), lists.tags.map((t) => t.code)],
    ['grid', '网格编码', lists.grids.map((g) => g.code), lists.grids.map((g) => g.name)],
  ];
  const refs = {} as Record<ListName, string>;
  columns.forEach(([name, header, values, extra], i) => {
    const col = ws.getColumn(i * 2 + 1);
    col.width = 16;
    ws.getCell(1, i * 2 + 1).value = header;
    values.forEach((v, r) => {
      ws.getCell(r + 2, i * 2 + 1).value = v;
      if (extra) ws.getCell(r + 2, i * 2 + 2).value = extra[r];
    });
    const letter = col.letter;
    refs[name] = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  });
  return refs;
}

function helpSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(HELP_SHEET);
  ws.columns = [{ width: 16 }, { width: 22 }, { width: 8 }, { width: 80 }];
  const lines = [
    '户籍花名册填写说明（A11.1：各户地址、成员、经济状况、技能特长、意见诉求和主要社会关系）',
    '1. 每位居民一行；同一户的成员填写相同的“户编号”，户的各列（网格编码、地址、小区、楼栋、住房、房东）在同户各行须一致，可只在第一行填写。',
    '2. 第 1 行为中文表头，第 2 行为英文表头，数据从第 3 行开始；请勿修改表头。',
    '3. 身份证号、联系电话请按文本填写；导出文件中的脱敏值（含 *）导入时忽略，不会覆盖或登记。',
    '4. 导入方式：“全部或不导入”（任一行有误则不写入任何数据）或“仅导入有效户”（某户任一成员行有误则整户不导入）。可先“试运行”检查。',
    '5. 身份证号不能与文件内其他行或系统中现有居民重复；报告中不显示身份证号和电话。',
  ];
  lines.forEach((text, i) => {
    ws.getCell(i + 1, 1).value = text;
    if (i === 0) ws.getCell(1, 1).font = { bold: true };
  });
  const start = lines.length + 2;
  ['中文表头', 'English header', '必填', '说明'].forEach((h, i) => {
    ws.getCell(start, i + 1).value = h;
    ws.getCell(start, i + 1).font = { bold: true };
  });
  ROSTER_COLUMNS.forEach((c, i) => {
    ws.getRow(start + 1 + i).values = [c.zh, c.en, c.required ? '是' : '', c.help];
  });
  const example = start + ROSTER_COLUMNS.length + 3;
  ws.getCell(example - 1, 1).value = '示例（两口之家，户编号 H001）';
  ws.getCell(example - 1, 1).font = { bold: true };
  ws.getRow(example).values = [
    'H001',
    '网格编码',
    '幸福路1号2单元301',
    '',
    '',
    '自有',
    '',
    '张建国',
    '男',
    '1958-03-02',
    '',
    '',
    '户主',
    '空巢',
    '退休金',
    '木工',
  ];
  ws.getRow(example + 1).values = ['H001', '', '', '', '', '', '', '李秀英', '女', '1960-07-15', '', '', '配偶', '空巢'];
}

/** Range validations exist in exceljs 4.4 but are missing from its type declarations. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

/** The roster workbook: empty (the template) or with exported rows. */
export async function rosterWorkbook(lists: RosterLists, rows: RosterCells[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gridwork 网格通';
  const ws = wb.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  ROSTER_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.text) col.numFmt = '@';
    const zh = ws.getCell(1, i + 1);
    zh.value = c.required ? `${c.zh}*` : c.zh;
    zh.font = { bold: true, color: c.required ? { argb: 'FFC00000' } : undefined };
    zh.note = `${c.en}${c.required ? ' (required)' : ''}: ${c.help}`;
    ws.getCell(2, i + 1).value = c.en;
    ws.getCell(2, i + 1).font = { italic: true, color: { argb: 'FF808080' } };
  });
  rows.forEach((r, i) => {
    ws.getRow(FIRST_DATA_ROW + i).values = ROSTER_COLUMNS.map((c) => r[c.key] ?? null);
  });
  helpSheet(wb);
  const refs = listsSheet(wb, lists);
  const last = FIRST_DATA_ROW + rows.length + VALIDATED_ROWS - 1;
  ROSTER_COLUMNS.forEach((c, i) => {
    if (!c.list) return;
    const letter = ws.getColumn(i + 1).letter;
    // tags take several values and grids may be typed for a colleague: a hint, not a hard stop
    const strict = c.list === 'sex' || c.list === 'housing';
    validations(ws).add(`${letter}${FIRST_DATA_ROW}:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [refs[c.list]],
      showErrorMessage: strict,
      errorStyle: strict ? 'stop' : 'information',
      error: `请从列表中选择${c.zh}`,
      showInputMessage: false,
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
