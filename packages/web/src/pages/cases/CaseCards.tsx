/** Phones: one tappable card per case, the light as a coloured edge and dot (grey once finished, D2). */
import { shownLight } from '@gridwork/core/cases/light';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseRecord } from '../../api/cases';
import { LIGHT_COLOURS, LIGHT_OFF_COLOUR } from '../../lib/caseFormat';
import { DeadlineText, LightDot, StatusTag } from './CaseTags';

interface Props {
  rows: CaseRecord[];
  gridName: (id: number) => string;
}

export function CaseCards({ rows, gridName }: Props) {
  const { t } = useTranslation();
  return (
    <div className="gw-case-cards" data-testid="case-list">
      {rows.map((c) => {
        const shown = shownLight(c);
        return (
          <Link
            key={c.id}
            to={`/cases/${c.id}`}
            className="gw-case-card"
            style={{ borderLeftColor: shown === null ? LIGHT_OFF_COLOUR : LIGHT_COLOURS[shown] }}
            data-testid="case-row"
            data-case-id={c.id}
            data-light={shown ?? 'off'}
          >
            <div className="gw-case-card-top">
              <LightDot light={c.light} status={c.status} />
              <span className="gw-case-card-title">{c.title}</span>
              <StatusTag status={c.status} />
            </div>
            <div className="gw-case-card-meta">
              <DeadlineText c={c} />
              <span>{t(`caseClasses.${c.caseClass}`, { defaultValue: c.caseClass })}</span>
            </div>
            <div className="gw-case-card-meta gw-muted">
              <span>#{c.id}</span>
              <span>{gridName(c.gridId)}</span>
              <span>{t(`caseSources.${c.source}`, { defaultValue: c.source })}</span>
            </div>
          </Link>
        );
      })}
    </div>
  );
}
