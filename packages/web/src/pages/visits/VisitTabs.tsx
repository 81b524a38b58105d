/** 我的走访 | 三访四清: the two field lists of a grid worker, one tap apart (shown to who works a due list). */
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useUser } from '../../state/session';

type Tab = 'due' | 'outreach';

export function VisitTabs({ current }: { current: Tab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  if (!user.abilities.dueVisits) return null;
  return (
    <Segmented<Tab>
      block
      className="gw-block gw-visit-tabs"
      value={current}
      onChange={(tab) => navigate(tab === 'due' ? '/visits/due' : '/visits/outreach')}
      options={[
        { value: 'due', label: <span data-testid="visit-tab-due">{t('visitTabs.due')}</span> },
        { value: 'outreach', label: <span data-testid="visit-tab-outreach">{t('visitTabs.outreach')}</span> },
      ]}
    />
  );
}
