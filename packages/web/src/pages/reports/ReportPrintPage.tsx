/**
 * 网格化管理月度督查报告 (C8) at /supervision/reports/:id/print: the report as an A4 sheet in Chinese for
 * the file — cases, visits by class, the team, rewards and penalties, the supervisor's comments and
 * rating, with signature lines. Printed without the app around it.
 */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { supervisionReportsApi, type SupervisionReport } from '../../api/supervisionReports';
import { PrintPage } from '../../components/PrintPage';
import { formatMinute } from '../../lib/caseFormat';
import { formatDate, todayShanghai } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import {
  meetingTypeLabel,
  num,
  percentOf,
  rateText,
  rewardGroundLabel,
  rewardKindLabel,
  teamItemLabel,
  visitClassLabel,
} from './reportFormat';
import './reports.css';

const CASE_KEYS = ['received', 'overdue', 'extended', 'late', 'decided'] as const;

function Sheet({ r }: { r: SupervisionReport }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('zh-CN'); // the filed copy is in Chinese whatever the UI language
  const f = r.figures;
  const when = (iso: string | null) => (iso ? formatMinute(iso, 'zh-CN') : '');
  const [year, month] = r.month.split('-');
  const monthText = `${year}年${Number(month)}月`;
  return (
    <article className="gw-print-sheet gw-sr-sheet" data-testid="report-sheet">
      <h1 className="gw-sr-sheet-title">{t('supReports.heading', { region: r.regionName, month: monthText })}</h1>
      <div className="gw-sr-sheet-sub">{r.status === 'draft' && <strong>{t('supReports.sheet.draftWarning')}</strong>}</div>
      <table className="gw-sr-table">
        <tbody>
          <tr>
            <th>{t('supReports.sheet.region')}</th>
            <td>{r.regionName}</td>
            <th>{t('supReports.sheet.month')}</th>
            <td>{monthText}</td>
          </tr>
          <tr>
            <th>{t('supReports.sheet.generated')}</th>
            <td>{when(r.generatedAt)}</td>
            <th>{t('supReports.sheet.issued')}</th>
            <td>{when(r.issuedAt)}</td>
          </tr>
        </tbody>
      </table>
      <h2 className="gw-sr-h2">{t('supReports.cases.title')}</h2>
      <table className="gw-sr-table">
        <thead>
          <tr>
            {CASE_KEYS.map((k) => (
              <th key={k}>{t(`supReports.cases.${k}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {CASE_KEYS.map((k) => (
              <td key={k} className="gw-sr-num">
                {f.cases[k]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <h2 className="gw-sr-h2">{t('supReports.visits.title')}</h2>
      <table className="gw-sr-table">
        <thead>
          <tr>
            <th style={{ width: '40%' }}>{t('supReports.visits.cls')}</th>
            <th>{t('supReports.visits.households')}</th>
            <th>{t('supReports.visits.met')}</th>
            <th>{t('supReports.visits.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {f.visitsByClass.map((c) => (
            <tr key={c.key}>
              <td>{visitClassLabel(t, c.key, c.label)}</td>
              <td className="gw-sr-num">{c.households}</td>
              <td className="gw-sr-num">{c.met}</td>
              <td className="gw-sr-num">{rateText(c.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="gw-sr-h2">{t('supReports.team.title')}</h2>
      <table className="gw-sr-table">
        <thead>
          <tr>
            <th style={{ width: '40%' }}>{t('supReports.team.item')}</th>
            <th>{t('supReports.team.done')}</th>
            <th>{t('supReports.team.of')}</th>
            <th>{t('supReports.team.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {f.team.map((row) => (
            <tr key={row.item}>
              <td>{teamItemLabel(t, row.item)}</td>
              <td className="gw-sr-num">{num(row.done)}</td>
              <td className="gw-sr-num">{num(row.of)}</td>
              <td className="gw-sr-num">{percentOf(row.done, row.of)}</td>
            </tr>
          ))}
          <tr>
            <td>{t('supReports.team.meetings')}</td>
            <td colSpan={3}>
              {t('supReports.team.meetingsLine', f.meetings)}
              {f.meetings.types.length > 0 && `（${f.meetings.types.map((type) => meetingTypeLabel(t, type)).join('、')}）`}
            </td>
          </tr>
          <tr>
            <td>{t('supReports.team.trainings')}</td>
            <td colSpan={3}>{t('supReports.team.trainingsLine', f.trainings)}</td>
          </tr>
        </tbody>
      </table>
      <h2 className="gw-sr-h2">{t('supReports.rewards.title')}</h2>
      {f.rewards.length === 0 ? (
        <p>{t('supReports.rewards.none')}</p>
      ) : (
        <table className="gw-sr-table">
          <thead>
            <tr>
              <th>{t('supReports.rewards.person')}</th>
              <th>{t('supReports.rewards.kind')}</th>
              <th style={{ width: '30%' }}>{t('supReports.rewards.ground')}</th>
              <th>{t('supReports.rewards.points')}</th>
              <th>{t('supReports.rewards.date')}</th>
            </tr>
          </thead>
          <tbody>
            {f.rewards.map((w) => (
              <tr key={`${w.userName}-${w.awardedOn}-${w.kind}-${w.ground}`}>
                <td>{w.userName}</td>
                <td>{rewardKindLabel(t, w.kind)}</td>
                <td>{rewardGroundLabel(t, w.ground)}</td>
                <td className="gw-sr-num">{num(w.points)}</td>
                <td className="gw-sr-num">{formatDate(w.awardedOn, 'zh-CN')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="gw-sr-h2">{t('supReports.review.title')}</h2>
      <div className="gw-sr-box" data-testid="report-sheet-comments">
        {r.comments ?? ''}
      </div>
      <p className="gw-sr-sheet-rating" data-testid="report-sheet-rating">
        {t('supReports.sheet.ratingLine')}
        <b>{r.rating ?? ''}</b>
      </p>
      <div className="gw-sr-sign">
        <div>
          {t('supReports.sheet.signSupervisor')}：<span className="gw-sr-line" />
        </div>
        <div>
          {t('supReports.sheet.signDate')}：<span className="gw-sr-line" />
        </div>
      </div>
      <div className="gw-sr-foot">
        {t('supReports.sheet.printedOn')}：{todayShanghai()} · C8
      </div>
    </article>
  );
}

export default function ReportPrintPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const report = useAsync((signal) => supervisionReportsApi.get(id, signal), [id]);
  return (
    <PrintPage
      back={
        <Link to={`/supervision/reports/${id}`}>
          <Button>{t('supReports.sheet.back')}</Button>
        </Link>
      }
      printLabel={t('supReports.sheet.print')}
      printTestId="report-print"
      ready={!!report.data}
      loading={report.loading}
      error={report.error}
      onRetry={report.reload}
    >
      {report.data && <Sheet r={report.data} />}
    </PrintPage>
  );
}
