/**
 * Demo A2.5: an expert Q&A session of the demo community a few days ahead, announced to residents
 * through its grid workers: the notice, the notices the workers got, and one worker who has told
 * the residents of their grid (the others still to do it), so the meeting page tells its story.
 */
import { addDays, shanghaiDate } from '@gridwork/core/calendar';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { isoShanghai } from '../lib/time';
import { noticeMeetingAnnounce } from '../modules/notifications/notices';

const NOTICE =
  '本周五下午2:30在社区二楼会议室举办法律咨询专家答疑会，律师现场解答房屋租赁、婚姻家庭、劳动纠纷等问题。' +
  '有需要的居民请携带合同、判决书等相关材料，行动不便的可请网格员代为登记问题。';

export async function seedDemoExpertQa(
  trx: Transaction<DB>,
  community: { id: number; path: string; name: string; topRegionId: number },
  people: { convener: number; teller: number | undefined },
  now: Date,
): Promise<void> {
  const startsAt = new Date(`${addDays(shanghaiDate(now), 4)}T14:30:00+08:00`);
  const created = new Date(now.getTime() - 86_400_000);
  const row = await trx
    .insertInto('meetings')
    .values({
      top_region_id: community.topRegionId,
      region_id: community.id,
      region_path: community.path,
      type: 'expert-qa',
      title: '法律咨询专家答疑会',
      starts_at: startsAt,
      place: '社区二楼会议室',
      agenda: JSON.stringify([{ kind: 'topic', title: '房屋租赁、婚姻家庭、劳动纠纷法律咨询' }]),
      notice: NOTICE,
      convened_by: people.convener,
      created_at: created,
      updated_at: created,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await noticeMeetingAnnounce(
    trx,
    {
      topRegionId: community.topRegionId,
      meetingId: row.id,
      regionId: community.id,
      regionName: community.name,
      regionPath: community.path,
      type: 'expert-qa',
      title: '法律咨询专家答疑会',
      startsAt: isoShanghai(startsAt),
      place: '社区二楼会议室',
    },
    people.convener,
    created,
  );
  if (people.teller === undefined) return;
  await trx
    .insertInto('meeting_announcements')
    .values({ meeting_id: row.id, user_id: people.teller, announced_at: now, households: 42, note: '入户告知并发到楼栋微信群' })
    .execute();
}
