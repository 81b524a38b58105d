/**
 * 待办: the first tab of a field worker's phone. What today asks of them, each a tap away: households
 * to visit today, cases waiting for their step, resident feedback to collect, this week's diary
 * entries still to write, and records still waiting on the device. Counts come from the device's
 * copies when there is no signal.
 */
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { teamAbilities } from '../../lib/teamAbilities';
import { useOutbox } from '../../lib/offline/useOutbox';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { useTodo } from './useTodo';
import './todo.css';

interface Tile {
  key: string;
  count: number | null | undefined;
  to: string;
  /** Shown in orange when above zero; the rest in the primary colour. */
  urgent?: boolean;
}

export default function TodoPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { regions } = useRegions();
  const diaries = teamAbilities(user, regions).teamMember;
  const todo = useTodo(user.id, diaries);
  const outbox = useOutbox(user.id);
  const d = todo.data;
  const tiles: Tile[] = [
    { key: 'visitsToday', count: d?.visitsToday, to: '/visits/due', urgent: true },
    { key: 'casesWaiting', count: d?.casesWaiting, to: '/cases' },
    { key: 'feedbackDue', count: d?.feedbackDue, to: '/cases', urgent: true },
    ...(diaries ? [{ key: 'diariesToWrite', count: d?.diariesToWrite, to: '/diaries/new' }] : []),
    ...(outbox.waiting + outbox.failed > 0 ? [{ key: 'outbox', count: outbox.waiting + outbox.failed, to: '/outbox', urgent: true }] : []),
  ];
  return (
    <div className="gw-page gw-todo">
      <PageHeader
        title={t('todo.title')}
        extra={
          <Button onClick={todo.reload} loading={todo.loading} aria-label={t('common.refresh')} data-testid="todo-refresh">
            {todo.loading ? null : '↻'}
          </Button>
        }
      />
      <ErrorAlert error={todo.error} onRetry={todo.reload} />
      <div className="gw-todo-grid">
        {tiles.map((tile) => (
          <Link key={tile.key} to={tile.to} className="gw-todo-link" data-testid={`todo-${tile.key}`} data-count={tile.count ?? ''}>
            <Card size="small" className="gw-todo-card">
              <div className={`gw-todo-count${tile.urgent && (tile.count ?? 0) > 0 ? ' gw-todo-urgent' : ''}`}>{tile.count ?? '–'}</div>
              <div className="gw-todo-label">{t(`todo.${tile.key}`)}</div>
            </Card>
          </Link>
        ))}
      </div>
      <div className="gw-todo-actions">
        <Link to="/cases/new">
          <Button type="primary" size="large" block data-testid="todo-report">
            {t('todo.report')}
          </Button>
        </Link>
        {diaries && (
          <Link to="/diaries/new">
            <Button size="large" block>
              {t('todo.writeDiary')}
            </Button>
          </Link>
        )}
      </div>
    </div>
  );
}
