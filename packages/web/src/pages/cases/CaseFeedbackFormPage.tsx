/**
 * 群众诉求办理跟踪反馈表 (A3.2, A3.3) at /cases/:id/print: the case as the paper form the community
 * head station sends to the grid worker — an A4 sheet with bordered cells, serif type and signature
 * lines, printed without the app around it. The reporter is shown exactly as GET /cases/:id returns
 * them (masked phone; confidential reporters masked unless the viewer may see them).
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { casesApi, SATISFACTIONS, type CaseRecord } from '../../api/cases';
import { PrintPage } from '../../components/PrintPage';
import { formatMinute } from '../../lib/caseFormat';
import { todayShanghai } from '../../lib/format';
import { pathTo } from '../../lib/regionTree';
import { useAsync } from '../../lib/useAsync';
import { RegionsProvider, useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { feedbackFormFacts } from './feedbackFormFacts';
import { categoryLabel, classText, useCategories, useGridPolicy } from './useCaseRefs';
import './feedback-form.css';
import { stripRuleIds } from '../../lib/ruleIds';

const box = (on: boolean) => (on ? '☑' : '☐');

function Sheet({ c }: { c: CaseRecord }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const categories = useCategories();
  const policy = useGridPolicy(c.gridId);
  const { index } = useRegions();
  const path = pathTo(index, c.gridId);
  const grid = path[path.length - 1]?.name ?? `#${c.gridId}`;
  const community = [...path].reverse().find((r) => r.type === 'community' || r.type === 'town')?.name;
  const f = feedbackFormFacts(c);
  const r = c.reporter;
  const resident = !r
    ? ''
    : r.anonymous
      ? t('feedbackForm.anonymous')
      : `${r.name ?? ''}${r.confidential ? ` ${t('feedbackForm.confidential')}` : ''}`;
  const when = (iso: string | null) => (iso ? formatMinute(iso, lang) : '');
  const signatures = ['handler', 'gridWorker', 'head', 'resident'] as const;

  return (
    <article className="gw-print-sheet gw-ff-sheet" data-testid="feedback-form">
      <h1 className="gw-ff-title">{t('feedbackForm.title')}</h1>
      <div className="gw-ff-meta">
        <span>
          {t('feedbackForm.issuer')}：{community ?? ''}
        </span>
        <span data-testid="feedback-form-case-no">
          {t('feedbackForm.caseNo')}：{c.id}
        </span>
        <span>
          {t('feedbackForm.printedOn')}：{todayShanghai()}
        </span>
      </div>
      <table className="gw-ff-table">
        <tbody>
          <tr>
            <th>{t('feedbackForm.resident')}</th>
            <td>{resident}</td>
            <th>{t('feedbackForm.phone')}</th>
            <td className="gw-mono">{r && !r.anonymous ? (r.phone ?? '') : ''}</td>
          </tr>
          <tr>
            <th>{t('feedbackForm.receivedAt')}</th>
            <td>{when(c.receivedAt)}</td>
            <th>{t('feedbackForm.source')}</th>
            <td>{t(`caseSources.${c.source}`, { defaultValue: c.source })}</td>
          </tr>
          <tr>
            <th>{t('feedbackForm.grid')}</th>
            <td>{grid}</td>
            <th>{t('feedbackForm.category')}</th>
            <td>{categoryLabel(categories.data, c.category, lang)}</td>
          </tr>
          <tr>
            <th>{t('feedbackForm.caseClass')}</th>
            <td>{classText(t, c.caseClass, policy.classes)}</td>
            <th>{t('feedbackForm.deadline')}</th>
            <td>{when(c.deadline)}</td>
          </tr>
          <tr className="gw-ff-tall">
            <th>{t('feedbackForm.matter')}</th>
            <td colSpan={3}>
              <strong>{c.title}</strong>
              <div>{c.description}</div>
            </td>
          </tr>
          <tr>
            <th>{t('feedbackForm.handlingUnit')}</th>
            <td>{f.handlingUnit ?? ''}</td>
            <th>{t('feedbackForm.handler')}</th>
            <td>{f.handler ?? ''}</td>
          </tr>
          <tr className="gw-ff-tall">
            <th>{t('feedbackForm.result')}</th>
            <td colSpan={3}>
              {f.result ?? ''}
              {f.completedAt && (
                <div className="gw-ff-sub">
                  {t('feedbackForm.completedAt')}：{when(f.completedAt)}
                </div>
              )}
            </td>
          </tr>
          <tr className="gw-ff-mid">
            <th>{t('feedbackForm.feedback')}</th>
            <td colSpan={3}>
              <div>
                {t('feedbackForm.feedbackAt')}：{when(f.feedbackAt)}
              </div>
              <div>
                {t('feedbackForm.feedbackContent')}：{f.feedbackContent ?? ''}
              </div>
            </td>
          </tr>
          <tr>
            <th>{t('feedbackForm.view')}</th>
            <td colSpan={3} data-testid="feedback-form-view">
              <div className="gw-ff-checks">
                {SATISFACTIONS.map((s) => (
                  <span key={s}>
                    {box(f.satisfaction === s)} {t(`satisfaction.${s}`)}
                  </span>
                ))}
              </div>
            </td>
          </tr>
          <tr>
            <th>{t('feedbackForm.onTime')}</th>
            <td colSpan={3}>
              <div className="gw-ff-checks">
                <span>
                  {box(c.onTime === true)} {t('feedbackForm.onTimeYes')}
                </span>
                <span>
                  {box(c.onTime === false)} {t('feedbackForm.onTimeNo')}
                </span>
                <span>
                  {box(c.onTime === null)} {t('feedbackForm.pending')}
                </span>
              </div>
            </td>
          </tr>
          <tr className="gw-ff-mid">
            <th>{t('feedbackForm.verification')}</th>
            <td colSpan={3}>
              {f.verifyNote ?? ''}
              <div className="gw-ff-sub">
                {t('feedbackForm.verifier')}：{f.verifier ?? ''}　{t('feedbackForm.verifiedAt')}：{when(f.verifiedAt)}
              </div>
            </td>
          </tr>
        </tbody>
      </table>
      <div className="gw-ff-sign">
        {signatures.map((s) => (
          <div key={s}>
            {t(`feedbackForm.signatures.${s}`)}：<span className="gw-ff-line" />
            {t('feedbackForm.date')}：<span className="gw-ff-line" />
          </div>
        ))}
      </div>
      <div className="gw-ff-foot">{stripRuleIds(t('feedbackForm.footnote'))}</div>
    </article>
  );
}

function FormPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const record = useAsync((signal) => casesApi.get(id, signal), [id]);
  const c = record.data?.id === id ? record.data : undefined;
  return (
    <PrintPage
      back={<Link to={`/cases/${id}`}>‹ {t('feedbackForm.back')}</Link>}
      printLabel={t('feedbackForm.print')}
      printTestId="feedback-form-print"
      ready={!!c}
      loading={record.loading}
      error={record.error}
      onRetry={record.reload}
    >
      {c && <Sheet c={c} />}
    </PrintPage>
  );
}

/** Outside the app frame (no header or menu); the region tree is loaded for the grid's names. */
export default function CaseFeedbackFormPage() {
  const user = useUser();
  return (
    <RegionsProvider key={user.id} userId={user.id}>
      <FormPage />
    </RegionsProvider>
  );
}
