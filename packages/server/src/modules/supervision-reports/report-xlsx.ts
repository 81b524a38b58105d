/** The monthly supervision report (C8) as an xlsx workbook with Chinese headers, one sheet. */
import ExcelJS from 'exceljs';
import { GROUND_ZH, ITEM_ZH, REWARD_KIND_ZH } from '../team/labels';
import type { ReportFigures } from './report-figures';

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
  ws.addRow(['项目', '完成', '应完成']).font = { bold: true };
  for (const t of f.team) ws.addRow([ITEM_ZH[t.item] ?? t.item, t.done, t.of]);
  ws.addRow(['会议（召开/应开）', f.meetings.held, f.meetings.scheduled]);
  ws.addRow(['培训（场次）', f.trainings.sessions, '出勤', `${f.trainings.attended}/${f.trainings.of}`]);
  section('四、奖惩');
  ws.addRow(['人员', '类别', '事由', '分值']).font = { bold: true };
  for (const w of f.rewards) ws.addRow([w.userName, REWARD_KIND_ZH[w.kind] ?? w.kind, GROUND_ZH[w.ground] ?? w.ground, w.points]);
  section('五、督查意见');
  ws.addRow([r.comments ?? '']);
  ws.addRow(['评分（满分100）', r.rating ?? '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
