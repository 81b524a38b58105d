/**
 * 网格入户调查表 (A8.1: one form type per household class), an A4 page to print and fill in by hand
 * at the door: household fields, the member table (masked ID numbers, C3), the class-specific
 * section, findings and views, and the signature lines. Printing shows the sheet only.
 */
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { householdsApi, type HouseholdDetail } from '../../api/households';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { classKind } from './householdFormat';
import { ClassSection, Lines, Signatures } from './SurveySections';
import { reasonText, relationText, useResidentTags } from './useHouseholdRefs';
import '../../components/print-sheet.css';
import './survey.css';

const KINDS = ['1', '2', '3'] as const;
type Kind = (typeof KINDS)[number];
const MIN_MEMBER_ROWS = 6;

function Basics({ h }: { h: HouseholdDetail }) {
  const { t } = useTranslation();
  const { index } = useRegions();
  const tags = useResidentTags();
  const place = [h.compoundId, h.buildingId]
    .filter((x): x is number => x !== null)
    .map((id) => index.byId.get(id)?.name ?? `#${id}`)
    .join(' / ');
  const reasons = h.visitClass.reasons.map((r) => reasonText(t, r.reason, tags.label));
  const cls =
    t(`visitClass.${h.visitClass.visitClass}`) +
    (h.visitClass.override ? `（${t('household.override')}：${h.visitClass.override.reason}）` : '');
  return (
    <section className="gw-survey-section">
      <h2>{t('survey.basics')}</h2>
      <table className="gw-survey-table">
        <tbody>
          <tr>
            <th>{t('survey.address')}</th>
            <td colSpan={3}>{h.address}</td>
          </tr>
          <tr>
            <th>{t('survey.grid')}</th>
            <td>{h.grid.name}</td>
            <th>{t('survey.place')}</th>
            <td>{place}</td>
          </tr>
          <tr>
            <th>{t('survey.housing')}</th>
            <td>{t(`housing.${h.housing}`, { defaultValue: h.housing })}</td>
            <th>{t('survey.landlord')}</th>
            <td>{h.landlord ?? ''}</td>
          </tr>
          <tr>
            <th>{t('survey.visitClass')}</th>
            <td>{cls}</td>
            <th>{t('survey.reasons')}</th>
            <td>{[...new Set(reasons)].join('、')}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function MemberTable({ h }: { h: HouseholdDetail }) {
  const { t } = useTranslation();
  const tags = useResidentTags();
  const cols = ['name', 'sex', 'birthDate', 'relation', 'idNumber', 'phone', 'tags'] as const;
  const blanks = Math.max(0, MIN_MEMBER_ROWS - h.members.length);
  return (
    <section className="gw-survey-section">
      <h2>{t('survey.members')}</h2>
      <table className="gw-survey-table gw-survey-members" data-testid="survey-members">
        <thead>
          <tr>
            {cols.map((c) => (
              <th key={c}>{t(`survey.memberCols.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {h.members.map((m) => (
            <tr key={m.residentId}>
              <td>{m.name}</td>
              <td>{t(`sex.${m.sex}`)}</td>
              <td>{m.birthDate}</td>
              <td>{relationText(t, m.relation)}</td>
              <td className="gw-mono">{m.idNumber ?? ''}</td>
              <td className="gw-mono">{m.phone ?? ''}</td>
              <td>{m.tags.map(tags.label).join('、')}</td>
            </tr>
          ))}
          {Array.from({ length: blanks }, (_, i) => (
            <tr key={`blank-${i}`} className="gw-survey-blank-row">
              {cols.map((c) => (
                <td key={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default function SurveyFormPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const detail = useAsync((signal) => householdsApi.get(id, signal), [id]);
  const h = detail.data;
  if (!h)
    return detail.error ? (
      <div className="gw-page">
        <ErrorAlert error={detail.error} onRetry={detail.reload} />
      </div>
    ) : (
      <FullPageSpin />
    );
  const asked = params.get('type');
  const kind: Kind = KINDS.find((k) => k === asked) ?? classKind(h.visitClass.visitClass);

  return (
    <div className="gw-survey-page">
      <Space wrap className="gw-survey-toolbar gw-no-print">
        <Link to={`/households/${h.id}`}>‹ {t('survey.back')}</Link>
        <span>{t('survey.formType')}</span>
        <Select<Kind>
          value={kind}
          onChange={(v) => setParams({ type: v }, { replace: true })}
          options={KINDS.map((k) => ({ value: k, label: t(`survey.kind.${k}`) }))}
          style={{ width: 120 }}
        />
        <Button type="primary" onClick={() => window.print()} data-testid="survey-print">
          {t('survey.print')}
        </Button>
      </Space>
      <div className="gw-survey-scroll">
        <article className="gw-print-sheet gw-print-in-app gw-survey" data-testid="survey-form" data-kind={kind}>
          <h1>{t('survey.title', { kind: t(`survey.kind.${kind}`) })}</h1>
          <div className="gw-survey-meta">
            <span>
              {t('survey.serial')}：{h.grid.code}-{h.id}
            </span>
            <span>
              {t('survey.surveyDate')}：{t('survey.dateBlank')}
            </span>
          </div>
          <Basics h={h} />
          <MemberTable h={h} />
          <ClassSection kind={kind} />
          <section className="gw-survey-section">
            <h2>{t('survey.findings')}</h2>
            <Lines count={3} />
          </section>
          <section className="gw-survey-section">
            <h2>{t('survey.views')}</h2>
            <Lines count={2} />
          </section>
          <Signatures />
          <footer className="gw-survey-footer">{t('survey.footer')}</footer>
        </article>
      </div>
    </div>
  );
}
