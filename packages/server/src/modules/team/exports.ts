/** xlsx exports of the team-operation lists (issue "Team operations" item 9), Chinese headers. */
import { listWorkbook } from '../../lib/xlsx';
import { GROUND_ZH, ITEM_ZH, MEETING_STATUS_ZH, MEETING_TYPE_ZH, REWARD_KIND_ZH, REWARD_STATUS_ZH } from './labels';

/** Exports hold at most this many rows (a year of a street's records fits). */
export const EXPORT_LIMIT = 5000;

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function diariesXlsx(
  items: Array<{
    occurredAt: string;
    place: string;
    people: string;
    content: string;
    outcome: string | null;
    author: { name: string };
    regionName: string;
    reviews: unknown[];
    selections: Array<{ month: string; status: string }>;
  }>,
) {
  return listWorkbook(
    '民情日记',
    [
      ['时间', 18],
      ['地点', 20],
      ['人员', 16],
      ['事项', 50],
      ['结果', 30],
      ['记录人', 10],
      ['所在', 16],
      ['点评', 6],
      ['评为优秀', 12],
    ],
    items.map((d) => [
      when(d.occurredAt),
      d.place,
      d.people,
      d.content,
      d.outcome ?? '',
      d.author.name,
      d.regionName,
      d.reviews.length,
      d.selections
        .filter((s) => s.status === 'selected')
        .map((s) => s.month)
        .join('、'),
    ]),
  );
}

export function meetingsXlsx(
  items: Array<{
    type: string;
    title: string;
    regionName: string;
    startsAt: string;
    place: string | null;
    status: string;
    invited: number;
    present: number;
    convenedBy: { name: string };
  }>,
) {
  return listWorkbook(
    '会议',
    [
      ['类型', 18],
      ['名称', 30],
      ['区域', 16],
      ['时间', 18],
      ['地点', 16],
      ['状态', 8],
      ['应到', 6],
      ['实到', 6],
      ['召集人', 10],
    ],
    items.map((m) => [
      MEETING_TYPE_ZH[m.type] ?? m.type,
      m.title,
      m.regionName,
      when(m.startsAt),
      m.place ?? '',
      MEETING_STATUS_ZH[m.status] ?? m.status,
      m.invited,
      m.present,
      m.convenedBy.name,
    ]),
  );
}

export function trainingsXlsx(
  items: Array<{
    topic: string;
    regionName: string;
    startsAt: string;
    minutes: number;
    members: number;
    present: number;
    runBy: { name: string };
  }>,
) {
  return listWorkbook(
    '培训',
    [
      ['主题', 30],
      ['区域', 16],
      ['时间', 18],
      ['时长（分钟）', 12],
      ['点名人数', 10],
      ['到训', 8],
      ['组织', 10],
    ],
    items.map((t) => [t.topic, t.regionName, when(t.startsAt), t.minutes, t.members, t.present, t.runBy.name]),
  );
}

export function rewardsXlsx(
  items: Array<{
    user: { name: string };
    kind: string;
    ground: string;
    points: number;
    awardedOn: string;
    status: string;
    note: string | null;
    proposedBy: { name: string };
    approvedBy: { name: string } | null;
  }>,
) {
  return listWorkbook(
    '奖惩',
    [
      ['人员', 10],
      ['类别', 14],
      ['事由', 16],
      ['分值', 6],
      ['日期', 12],
      ['状态', 8],
      ['说明', 30],
      ['提出人', 10],
      ['批准人', 10],
    ],
    items.map((w) => [
      w.user.name,
      REWARD_KIND_ZH[w.kind] ?? w.kind,
      GROUND_ZH[w.ground] ?? w.ground,
      w.points,
      w.awardedOn,
      REWARD_STATUS_ZH[w.status] ?? w.status,
      w.note ?? '',
      w.proposedBy.name,
      w.approvedBy?.name ?? '',
    ]),
  );
}

export function scoresXlsx(
  items: Array<{ subject: { name: string }; score: number; rank: number; parts: Array<{ item: string; points: number }> }>,
) {
  const parts = items[0]?.parts.map((p) => p.item) ?? [];
  return listWorkbook(
    '考核排名',
    [['名次', 6], ['名称', 16], ['总分', 8], ...parts.map((p) => [ITEM_ZH[p] ?? p, 12] as const)],
    items.map((i) => [i.rank, i.subject.name, i.score, ...parts.map((p) => i.parts.find((x) => x.item === p)?.points ?? 0)]),
  );
}
