/**
 * 集中走访情况报告 (C2.2, D6) at /rounds/reports/:id/print: the report as an A4 sheet in Chinese for the
 * community head's file — members' visits and hours, households not reached with reasons, problems
 * found, the summary and the head's note, with signature lines. Printed without the app around it.
 */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { roundsApi, type RoundReport } from '../../api/rounds';
import { PrintPage } from '../../components/PrintPage';
import { formatDate, formatDateTime, todayShanghai } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import './rounds.css';

function Sheet({ r }: { r: RoundReport }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('zh-CN'); // the filed copy is in Chinese whatever the UI language
  const f = r.figures;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, 'zh-CN') : '');
  const [year, month] = r.month.split('-');
  return (
    <article className="gw-print-sheet gw-rp-sheet" data-testid="round-report-sheet">
      <h1 className="gw-rp-title">{t('roundPrint.heading', { grid: r.gridName })}</h1>
      <div className="gw-rp-sub">
        （{year}年{Number(month)}月）{r.status === 'draft' && <strong> {t('roundPrint.draftWarning')}</strong>}
      </div>
      <table className="gw-rp-table">
        <tbody>
          <tr>
            <th>{t('roundPrint.grid')}</th>
            <td>{r.gridName}</td>
            <th>{t('roundPrint.period')}</th>
            <td>
              {f.roundWindow.start} 至 {f.roundWindow.end}
            </td>
          </tr>
          <tr>
            <th>{t('roundPrint.submitter')}</th>
            <td>{r.submittedBy?.displayName ?? ''}</td>
            <th>{t('roundPrint.submittedAt')}</th>
            <td>{when(r.submittedAt)}</td>
          </tr>
          <tr>
            <th>{t('roundPrint.receiver')}</th>
            <td>{r.acknowledgedBy?.displayName ?? ''}</td>
            <th>{t('roundPrint.acknowledgedAt')}</th>
            <td>{when(r.acknowledgedAt)}</td>
          </tr>
        </tbody>
      </table>
      <h2 className="gw-rp-h2">一、{t('roundPrint.households')}</h2>
      <p>{t('roundPrint.householdsLine', { total: f.households.total, reached: f.households.reached, missing: f.notReached.length })}</p>
      <table className="gw-rp-table">
        <thead>
          <tr>
            <th>{t('roundPrint.memberCol')}</th>
            <th>{t('roundPrint.visitsCol')}</th>
            <th>{t('roundPrint.hoursCol')}</th>
            <th>{t('roundPrint.daysCol')}</th>
          </tr>
        </thead>
        <tbody>
          {f.members.map((m) => (
            <tr key={m.userId}>
              <td>{m.displayName}</td>
              <td className="gw-rp-num">{m.visits}</td>
              <td className="gw-rp-num">{m.hours}</td>
              <td className="gw-rp-num">
                {m.daysMet} / {m.workingDays}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="gw-rp-h2">二、{t('roundPrint.notReached')}</h2>
      {f.notReached.length === 0 ? (
        <p>{t('roundPrint.none')}</p>
      ) : (
        <table className="gw-rp-table">
          <thead>
            <tr>
              <th style={{ width: '45%' }}>{t('roundPrint.address')}</th>
              <th>{t('roundPrint.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {f.notReached.map((h) => (
              <tr key={h.householdId}>
                <td>{h.address}</td>
                <td>{h.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="gw-rp-h2">三、{t('roundPrint.problems')}</h2>
      {f.problems.length === 0 ? (
        <p>{t('roundPrint.none')}</p>
      ) : (
        <table className="gw-rp-table">
          <thead>
            <tr>
              <th style={{ width: '13%' }}>{t('roundPrint.date')}</th>
              <th style={{ width: '22%' }}>{t('roundPrint.address')}</th>
              <th>{t('roundPrint.findings')}</th>
              <th>{t('roundPrint.needs')}</th>
              <th style={{ width: '18%' }}>{t('roundPrint.cases')}</th>
            </tr>
          </thead>
          <tbody>
            {f.problems.map((p) => (
              <tr key={p.visitId}>
                <td>{formatDate(p.date, 'zh-CN')}</td>
                <td>{p.address}</td>
                <td>{p.findings ?? ''}</td>
                <td>{p.needs ?? ''}</td>
                <td>{p.cases.map((c) => `#${c.id} ${c.title}`).join('；')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="gw-rp-h2">四、{t('roundPrint.summary')}</h2>
      <div className="gw-rp-box">{r.summary ?? ''}</div>
      <h2 className="gw-rp-h2">五、{t('roundPrint.note')}</h2>
      <div className="gw-rp-box gw-rp-box-small">{r.note ?? ''}</div>
      <div className="gw-rp-sign">
        <div>
          {t('roundPrint.signTeam')}：<span className="gw-rp-line" />
        </div>
        <div>
          {t('roundPrint.signHead')}：<span className="gw-rp-line" />
        </div>
      </div>
      <div className="gw-rp-foot">
        {t('roundPrint.due')}：{when(f.due)} · {t('roundPrint.printedOn')}：{todayShanghai()} · C2.2 / C7.1
      </div>
    </article>
  );
}

export default function RoundReportPrintPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const report = useAsync((signal) => roundsApi.report(id, signal), [id]);
  return (
    <PrintPage
      back={
        <Link to="/rounds">
          <Button>{t('roundPrint.back')}</Button>
        </Link>
      }
      printLabel={t('roundPrint.print')}
      ready={!!report.data}
      loading={report.loading}
      error={report.error}
      onRetry={report.reload}
    >
      {report.data && <Sheet r={report.data} />}
    </PrintPage>
  );
}
