/**
 * 办结归档登记 (A3.3): every closed or archived case in the caller's area with its handling unit,
 * handler, completion time and what was done; searched by words and a completion date range (kept in
 * the URL), exported to xlsx as filtered. The API has served it (GET /cases/register); this is its page.
 */
import { Input, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { registerApi, type RegisterEntry, type RegisterQuery } from '../../api/register';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useCategories } from '../cases/useCaseRefs';
import './register.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function useRegisterQuery(): [RegisterQuery, (patch: RegisterQuery) => void] {
  const [params, setParams] = useSearchParams();
  const pick = (k: string, re?: RegExp) => {
    const v = params.get(k) ?? undefined;
    return v && (!re || re.test(v)) ? v : undefined;
  };
  const query: RegisterQuery = { from: pick('from', DAY), to: pick('to', DAY), q: pick('q')?.slice(0, 100) };
  const update = (patch: RegisterQuery) => {
    const next = { ...query, ...patch };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v);
    setParams(p, { replace: true });
  };
  return [query, update];
}

export default function RegisterPage() {
  const { t, i18n } = useTranslation();
  const [query, update] = useRegisterQuery();
  const list = useAsync((signal) => registerApi.list(query, signal), [query.from, query.to, query.q]);
  const categories = useCategories();
  const categoryLabel = (code: string) => {
    const c = categories.data?.find((x) => x.code === code);
    return c ? (i18n.language === 'en' ? c.labelEn : c.labelZh) : code;
  };
  const columns = [
    {
      key: 'title',
      title: t('register.case'),
      render: (_: unknown, r: RegisterEntry) => <Link to={`/cases/${r.id}`}>{`#${r.id} ${r.title}`}</Link>,
    },
    { key: 'category', title: t('register.category'), render: (_: unknown, r: RegisterEntry) => categoryLabel(r.category) },
    { key: 'grid', title: t('register.grid'), dataIndex: 'gridName' },
    { key: 'unit', title: t('register.unit'), dataIndex: 'handlingUnit' },
    { key: 'handler', title: t('register.handler'), dataIndex: 'handler' },
    {
      key: 'completedAt',
      title: t('register.completedAt'),
      render: (_: unknown, r: RegisterEntry) => formatDateTime(r.completedAt, i18n.language),
    },
    { key: 'details', title: t('register.details'), dataIndex: 'details' },
    {
      key: 'onTime',
      title: t('register.onTime'),
      render: (_: unknown, r: RegisterEntry) =>
        r.onTime === null ? '–' : <Tag color={r.onTime ? 'green' : 'red'}>{t(r.onTime ? 'register.yes' : 'register.no')}</Tag>,
    },
  ];
  return (
    <div className="gw-page gw-register">
      <Link to="/cases" className="gw-back-link">
        ‹ {t('cases.back')}
      </Link>
      <PageHeader title={t('register.title')} extra={<ExportButton run={() => registerApi.exportXlsx(query)} testId="register-export" />}>
        {list.data && <span className="gw-muted">{t('register.count', { count: list.data.length })}</span>}
      </PageHeader>
      <div className="gw-filter-bar">
        <Input.Search
          allowClear
          defaultValue={query.q}
          maxLength={100}
          placeholder={t('register.search')}
          onSearch={(q) => update({ q: q.trim() || undefined })}
          data-testid="register-search"
          style={{ maxWidth: 320 }}
        />
        <label className="gw-register-date">
          {t('register.from')}
          <Input
            type="date"
            value={query.from ?? ''}
            onChange={(e) => update({ from: e.target.value || undefined })}
            data-testid="register-from"
          />
        </label>
        <label className="gw-register-date">
          {t('register.to')}
          <Input
            type="date"
            value={query.to ?? ''}
            onChange={(e) => update({ to: e.target.value || undefined })}
            data-testid="register-to"
          />
        </label>
      </div>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Table<RegisterEntry>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        columns={columns}
        scroll={{ x: 960 }}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        data-testid="register-table"
      />
    </div>
  );
}
