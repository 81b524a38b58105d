/** The monthly supervision report (C8) as an xlsx workbook with Chinese headers, one sheet. */
import ExcelJS from 'exceljs';
import type { ReportFigures } from './report-figures';

const ITEM_ZH: Record<string, string> = {
  'diary-compliance': '民情日记（周达标/应记周数）',
  attendance: '例会及培训出勤（到会/应到）',
  verification: '核查无差错（户数/核查户数）',
  'case-timeliness': '按时办结（件/已办结）',
  satisfaction: '群众满意（满意及基本满意/评价数）',
};
const KIND_ZH: Record<string, string> = {
  commendation: '表彰',
  'material-reward': '物质奖励',
  warning: '警告',
  demerit: '记过',
  dismissal: '辞退',
  'benefit-withdrawal': '建议取消待遇',
};

export async function reportXlsx(r: {
  regionName: string;
  month: string;
  comments: string | null;
  rating: number | null;
  figures: ReportFigures;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gridwork 网格通';
  const ws = wb.addWorksheet('月度督查报告');
  ws.columns = [{ width: 34 }, { width: 16 }, { width: 16 }, { width: 16 }];
  const title = ws.addRow([`${r.regionName} ${r.month} 网格化管理月度督查报告`]);
  title.font = { bold: true, size: 14 };
  const section = (text: string) => {
    ws.addRow([]);
    ws.addRow([text]).font = { bold: true };
  };
  const f = r.figures;
  section('一、问题办理');
  ws.addRow(['本月受理', f.cases.received]);
  ws.addRow(['月末超期未办结', f.cases.overdue]);
  ws.addRow(['本月批准延期', f.cases.extended]);
  ws.addRow(['本月受理中逾期办结', f.cases.late, '已办结', f.cases.decided]);
  section('二、入户走访达标（月末）');
  ws.addRow(['户类', '户数', '达标户数', '达标率']).font = { bold: true };
  for (const c of f.visitsByClass) ws.addRow([c.label, c.households, c.met, `${Math.round(c.rate * 1000) / 10}%`]);
  section('三、队伍履职');
  for (const t of f.team) ws.addRow([ITEM_ZH[t.item] ?? t.item, t.done, t.of]);
  ws.addRow(['会议（召开/应开）', f.meetings.held, f.meetings.scheduled]);
  ws.addRow(['培训（场次）', f.trainings.sessions, '出勤', `${f.trainings.attended}/${f.trainings.of}`]);
  section('四、奖惩');
  ws.addRow(['人员', '类别', '事由', '分值']).font = { bold: true };
  for (const w of f.rewards) ws.addRow([w.userName, KIND_ZH[w.kind] ?? w.kind, w.ground, w.points]);
  section('五、督查意见');
  ws.addRow([r.comments ?? '']);
  ws.addRow(['评分（满分100）', r.rating ?? '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
