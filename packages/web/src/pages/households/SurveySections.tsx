/** The class-specific part of the household survey form (A8.1): one section per form type, with tick boxes and blanks. */
import { useTranslation } from 'react-i18next';

type Kind = '1' | '2' | '3';

const ROWS: Record<Kind, { key: string; rows: [string, string | null][] }> = {
  '1': {
    key: 'elderly',
    rows: [
      ['living', 'livingOptions'],
      ['health', 'healthOptions'],
      ['care', 'careOptions'],
      ['contact', null],
    ],
  },
  '2': {
    key: 'vulnerable',
    rows: [
      ['allowance', 'allowanceOptions'],
      ['disability', 'disabilityOptions'],
      ['illness', 'illnessOptions'],
      ['assistance', 'assistanceOptions'],
    ],
  },
  '3': {
    key: 'general',
    rows: [
      ['employment', 'employmentOptions'],
      ['work', null],
      ['resident', 'residentOptions'],
      ['needs', null],
    ],
  },
};

export function ClassSection({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const { key, rows } = ROWS[kind];
  return (
    <section className="gw-survey-section" data-testid={`survey-section-${key}`}>
      <h2>{t(`survey.${key}.title`)}</h2>
      <table className="gw-survey-table">
        <tbody>
          {rows.map(([label, options]) => (
            <tr key={label}>
              <th>{t(`survey.${key}.${label}`)}</th>
              <td>{options ? t(`survey.${key}.${options}`) : <span className="gw-survey-blank" />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Ruled lines to write on. */
export function Lines({ count }: { count: number }) {
  return (
    <div className="gw-survey-lines">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="gw-survey-line" />
      ))}
    </div>
  );
}

export function Signatures() {
  const { t } = useTranslation();
  const rows = ['surveyor', 'householdSign', 'verifier'];
  return (
    <section className="gw-survey-signatures">
      {rows.map((r) => (
        <div key={r} className="gw-survey-sign">
          <span>{t(`survey.${r}`)}：</span>
          <span className="gw-survey-sign-line" />
          <span>{t('survey.signDate')}：</span>
          <span className="gw-survey-date">{t('survey.dateBlank')}</span>
        </div>
      ))}
    </section>
  );
}
