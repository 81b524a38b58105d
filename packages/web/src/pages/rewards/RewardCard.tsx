/** One reward or penalty with its state, and approve / refuse for an assessor other than the proposer (abilities.decide). */
import { Button, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { memberPath } from '../../api/members';
import { REWARD_KINDS, rewardsApi, type Reward, type RewardKind } from '../../api/rewards';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/format';

const STATUS_COLOURS: Record<Reward['status'], string> = { proposed: 'processing', approved: 'success', refused: 'default' };

/** `showPerson` false on the person's own profile: the name links to it from the register. */
export function RewardCard({
  reward,
  onChange,
  showPerson = true,
}: {
  reward: Reward;
  onChange: (r: Reward) => void;
  showPerson?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<boolean | null>(null);
  const [error, setError] = useState<unknown>(null);
  const positive = (REWARD_KINDS[reward.kind as RewardKind]?.sign ?? Math.sign(reward.points)) > 0;

  const decide = async (approve: boolean) => {
    setBusy(approve);
    setError(null);
    try {
      onChange(await rewardsApi.decide(reward.id, approve, reward.version));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="gw-team-card" data-testid="reward-item" data-status={reward.status}>
      <div className="gw-team-card-top">
        {showPerson && (
          <Link to={memberPath(reward.user.id, reward.awardedOn.slice(0, 4))} className="gw-team-card-title" data-testid="reward-person">
            {reward.user.name}
          </Link>
        )}
        <Tag color={positive ? 'green' : 'red'}>{t(`rewards.kinds.${reward.kind}`, { defaultValue: reward.kind })}</Tag>
        <span className={`gw-reward-points ${positive ? 'gw-reward-plus' : 'gw-reward-minus'}`}>
          {reward.points > 0 ? `+${reward.points}` : reward.points}
        </span>
        <span className="gw-team-card-tags">
          <Tag color={STATUS_COLOURS[reward.status]}>{t(`rewards.status.${reward.status}`)}</Tag>
        </span>
      </div>
      <div className="gw-team-card-meta">
        <span>{formatDate(reward.awardedOn, i18n.language)}</span>
        <span>{t(`rewards.grounds.${reward.ground}`, { defaultValue: reward.ground })}</span>
        <span>{t('rewards.proposedBy', { name: reward.proposedBy.name })}</span>
        {reward.approvedBy && (
          <span>
            {t(reward.status === 'approved' ? 'rewards.approvedBy' : 'rewards.refusedBy', {
              name: reward.approvedBy.name,
              date: formatDate(reward.approvedAt, i18n.language),
            })}
          </span>
        )}
      </div>
      {reward.note && <div className="gw-pre gw-reward-note">{reward.note}</div>}
      <ErrorAlert error={error} />
      {reward.abilities.decide && (
        <div className="gw-team-card-actions">
          <Popconfirm title={t('rewards.approveConfirm')} onConfirm={() => void decide(true)}>
            <Button type="primary" loading={busy === true} disabled={busy !== null} data-testid="reward-approve">
              {t('rewards.approve')}
            </Button>
          </Popconfirm>
          <Popconfirm title={t('rewards.refuseConfirm')} onConfirm={() => void decide(false)}>
            <Button danger loading={busy === false} disabled={busy !== null} data-testid="reward-refuse">
              {t('rewards.refuse')}
            </Button>
          </Popconfirm>
        </div>
      )}
    </div>
  );
}
