/** The household's current members (masked ID number and phone, reveal when allowed) and its former members. */
import { ageOn } from '@gridwork/core/households/visit-class';
import { Button, Card, Collapse, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail, Member } from '../../api/households';
import { formatDate, todayShanghai } from '../../lib/format';
import { RevealValue } from './RevealValue';
import { EndMembershipModal } from './EndMembershipModal';
import { ResidentFormModal } from './ResidentFormModal';
import { relationText, useResidentTags } from './useHouseholdRefs';

function MemberItem({ m, h, onEdit, onEnd }: { m: Member; h: HouseholdDetail; onEdit?: () => void; onEnd?: () => void }) {
  const { t } = useTranslation();
  const tags = useResidentTags();
  return (
    <li className="gw-member" data-testid="member" data-resident-id={m.residentId}>
      <div className="gw-member-top">
        <strong>{m.name}</strong>
        <span className="gw-muted">
          {t(`sex.${m.sex}`)} · {t('household.age', { age: ageOn(m.birthDate, todayShanghai()) })} · {relationText(t, m.relation)}
        </span>
        {(onEdit || onEnd) && (
          <Space size={0} className="gw-member-actions">
            {onEdit && (
              <Button size="small" type="link" onClick={onEdit} data-testid="member-edit">
                {t('household.editMember')}
              </Button>
            )}
            {onEnd && (
              <Button size="small" type="link" onClick={onEnd} data-testid="member-end">
                {t('household.endMembership')}
              </Button>
            )}
          </Space>
        )}
      </div>
      <div className="gw-member-ids">
        <span>
          <span className="gw-muted">{t('household.idNumber')}</span>{' '}
          <RevealValue residentId={m.residentId} name={m.name} field="idNumber" masked={m.idNumber} allowed={h.abilities.revealIdNumber} />
        </span>
        <span>
          <span className="gw-muted">{t('household.phone')}</span>{' '}
          <RevealValue residentId={m.residentId} name={m.name} field="phone" masked={m.phone} allowed={h.abilities.revealPhone} />
        </span>
      </div>
      {m.tags.length > 0 && (
        <div className="gw-member-tags">
          {m.tags.map((c) => (
            <Tag key={c}>{tags.label(c)}</Tag>
          ))}
        </div>
      )}
    </li>
  );
}

export function MembersCard({ h, onChanged }: { h: HouseholdDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Member | null | 'new'>(null);
  const [ending, setEnding] = useState<Member | null>(null);
  const may = h.abilities.update;
  const done = () => {
    setEditing(null);
    setEnding(null);
    onChanged();
  };
  return (
    <Card
      size="small"
      className="gw-hh-card-block"
      title={t('household.members', { count: h.members.length })}
      extra={
        h.abilities.addResident && (
          <Button size="small" onClick={() => setEditing('new')} data-testid="member-add">
            ＋ {t('household.addMember')}
          </Button>
        )
      }
      data-testid="members"
    >
      {h.members.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('household.noMembers')} />
      ) : (
        <ul className="gw-member-list">
          {h.members.map((m) => (
            <MemberItem
              key={m.residentId}
              m={m}
              h={h}
              onEdit={may ? () => setEditing(m) : undefined}
              onEnd={may ? () => setEnding(m) : undefined}
            />
          ))}
        </ul>
      )}
      {h.formerMembers.length > 0 && (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'former',
              label: t('household.formerMembers', { count: h.formerMembers.length }),
              children: (
                <ul className="gw-member-list gw-muted">
                  {h.formerMembers.map((m) => (
                    <li key={`${m.residentId}-${m.leftOn}`}>
                      {m.name} ·{' '}
                      {t('household.left', {
                        date: formatDate(m.leftOn, i18n.language),
                        reason: t(`endReason.${m.leftReason}`, { defaultValue: m.leftReason ?? '' }),
                      })}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
      <ResidentFormModal
        open={editing !== null}
        householdId={h.id}
        member={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={done}
      />
      <EndMembershipModal member={ending} householdId={h.id} onClose={() => setEnding(null)} onSaved={done} />
    </Card>
  );
}
