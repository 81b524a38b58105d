/**
 * A round report (C2.2, D6): the figures generated from the records, a reason for every household not
 * reached, the problems found, the summary; submit (the grid team), acknowledge (the community head),
 * and the printable A4 sheet. What the user may do comes from `report.abilities`.
 */
import { Button, Descriptions, Empty, Input, Popconfirm, Space, Table, Tag, message } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundsApi, type ReportFigures, type RoundReport } from '../../api/rounds';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { isApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { REPORT_STATUS_COLOR, RoundStatusTag } from './GridRoundCard';

type Member = ReportFigures['members'][number];
type Problem = ReportFigures['problems'][number];

export function RoundReportPanel({ id, onChanged }: { id: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const loaded = useAsync((signal) => roundsApi.report(id, signal), [id]);
  const r = loaded.data;
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const [summary, setSummary] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    if (r) setSummary((s) => s || r.summary || '');
  }, [r]);

  if (!r) return loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : <FullPageSpin />;
  const f = r.figures;
  const editable = r.abilities.submit;

  const run = async (action: () => Promise<RoundReport>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      loaded.setData(await action());
      void message.success(done);
      onChanged();
    } catch (e) {
      if (isApiError(e, 'VERSION_CONFLICT')) {
        void message.warning(t('roundReport.conflict'));
        loaded.reload();
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = () => {
    setTried(true);
    const notReached = f.notReached.map((h) => ({ householdId: h.householdId, reason: reasons[h.householdId] ?? '' }));
    return run(() => roundsApi.submit(r.id, { expectedVersion: r.version, summary, notReached }), t('roundReport.submitted'));
  };

  const memberColumns = [
    // a name stays on one line; on a phone the figures' columns give way (they were fixed and squeezed it to a character a line)
    { title: t('rounds.member'), dataIndex: 'displayName', key: 'name', className: 'gw-round-member' },
    { title: t('rounds.visits'), dataIndex: 'visits', key: 'visits', width: 90 },
    { title: t('rounds.hours'), dataIndex: 'hours', key: 'hours', width: 110 },
    { title: t('rounds.daysMet'), key: 'days', width: 110, render: (_: unknown, m: Member) => `${m.daysMet} / ${m.workingDays}` },
  ];
  const problemColumns = [
    { title: t('roundReport.date'), dataIndex: 'date', key: 'date', width: 100 },
    { title: t('roundReport.address'), dataIndex: 'address', key: 'address' },
    { title: t('roundReport.findings'), dataIndex: 'findings', key: 'findings' },
    { title: t('roundReport.needs'), dataIndex: 'needs', key: 'needs' },
    {
      title: t('roundReport.cases'),
      key: 'cases',
      render: (_: unknown, p: Problem) =>
        p.cases.map((c) => (
          <div key={c.id}>
            <a href={`/cases/${c.id}`}>
              #{c.id} {c.title}
            </a>
          </div>
        )),
    },
  ];

  return (
    <div className="gw-round-report" data-testid="round-report" data-status={r.status} data-version={r.version}>
      <h3>{t('roundReport.title', { grid: r.gridName, month: r.month })}</h3>
      <Space wrap className="gw-block">
        <Tag color={REPORT_STATUS_COLOR[r.status]} data-testid="round-report-status">
          {t(`rounds.reportStatus.${r.status}`)}
        </Tag>
        <RoundStatusTag status={f.status} />
        <span className="gw-muted">
          {t('roundReport.version', { version: r.version })} · {t('roundReport.generatedAt', { at: formatDateTime(r.generatedAt, lang) })}
        </span>
        {r.abilities.refresh && (
          <Button
            size="small"
            loading={busy}
            onClick={() => void run(() => roundsApi.refresh(r.id, r.version), t('roundReport.refreshed'))}
          >
            {t('roundReport.refresh')}
          </Button>
        )}
        <Button size="small" href={`/rounds/reports/${r.id}/print`} target="_blank">
          {t('roundReport.print')}
        </Button>
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        className="gw-block"
        items={[
          { key: 'due', label: t('rounds.due'), children: formatDateTime(r.due, lang) },
          { key: 'window', label: t('roundPrint.period'), children: `${f.roundWindow.start} ~ ${f.roundWindow.end}` },
          ...(r.submittedBy
            ? [
                {
                  key: 'sb',
                  label: t('roundReport.submittedBy'),
                  children: `${r.submittedBy.displayName} · ${formatDateTime(r.submittedAt, lang)}`,
                },
              ]
            : []),
          ...(r.acknowledgedBy
            ? [
                {
                  key: 'ab',
                  label: t('roundReport.acknowledgedBy'),
                  children: `${r.acknowledgedBy.displayName} · ${formatDateTime(r.acknowledgedAt, lang)}`,
                },
              ]
            : []),
        ]}
      />
      <h4>{t('roundReport.membersTitle')}</h4>
      <Table<Member> size="small" rowKey="userId" columns={memberColumns} dataSource={f.members} pagination={false} className="gw-block" />
      <h4>{t('roundReport.householdsTitle')}</h4>
      <p data-testid="round-report-households">
        {t('roundReport.householdsLine', { total: f.households.total, reached: f.households.reached, missing: f.notReached.length })}
      </p>
      <h4>{t('roundReport.notReachedTitle')}</h4>
      {f.notReached.length === 0 && <p className="gw-muted">{t('roundReport.allReached')}</p>}
      {f.notReached.map((h) => (
        <div key={h.householdId} className="gw-round-reason" data-testid="round-not-reached" data-household-id={h.householdId}>
          <span className="gw-round-reason-address">{h.address}</span>
          {editable ? (
            <Input
              maxLength={500}
              value={reasons[h.householdId] ?? ''}
              placeholder={t('roundReport.reasonPlaceholder')}
              status={tried && !(reasons[h.householdId] ?? '').trim() ? 'error' : undefined}
              onChange={(e) => setReasons({ ...reasons, [h.householdId]: e.target.value })}
            />
          ) : (
            <span>{h.reason ?? '—'}</span>
          )}
        </div>
      ))}
      <h4 style={{ marginTop: 16 }}>{t('roundReport.problemsTitle')}</h4>
      {f.problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('roundReport.noProblems')} />
      ) : (
        <Table<Problem>
          size="small"
          rowKey="visitId"
          columns={problemColumns}
          dataSource={f.problems}
          pagination={false}
          scroll={{ x: 640 }}
          className="gw-block"
        />
      )}
      <h4>{t('roundReport.summary')}</h4>
      {editable ? (
        <Input.TextArea
          rows={4}
          maxLength={4000}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          placeholder={t('roundReport.summaryPlaceholder')}
          data-testid="round-summary"
        />
      ) : (
        <p className="gw-round-text">{r.summary ?? '—'}</p>
      )}
      {r.note && (
        <>
          <h4>{t('roundReport.note')}</h4>
          <p className="gw-round-text">{r.note}</p>
        </>
      )}
      <ErrorAlert error={error} />
      <Space wrap style={{ marginTop: 12 }}>
        {editable && (
          <Popconfirm title={t('roundReport.submitConfirm')} onConfirm={() => void submit()}>
            <Button type="primary" loading={busy} data-testid="round-submit">
              {t('roundReport.submit')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {r.abilities.acknowledge && (
        <div className="gw-round-ack">
          <Input.TextArea
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('roundReport.notePlaceholder')}
          />
          <Button
            type="primary"
            loading={busy}
            data-testid="round-acknowledge"
            style={{ marginTop: 8 }}
            onClick={() =>
              void run(
                () => roundsApi.acknowledge(r.id, { expectedVersion: r.version, ...(note.trim() ? { note } : {}) }),
                t('roundReport.acknowledged'),
              )
            }
          >
            {t('roundReport.acknowledge')}
          </Button>
        </div>
      )}
    </div>
  );
}
