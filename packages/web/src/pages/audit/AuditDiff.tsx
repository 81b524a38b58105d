import { useTranslation } from 'react-i18next';

function pretty(v: unknown): string {
  if (v === null || v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v, null, 2);
}

/** The record before and after the change, side by side (stacked on a phone). */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="gw-audit-diff">
      <div>
        <div className="gw-muted">{t('audit.before')}</div>
        <pre className="gw-json">{pretty(before)}</pre>
      </div>
      <div>
        <div className="gw-muted">{t('audit.after')}</div>
        <pre className="gw-json">{pretty(after)}</pre>
      </div>
    </div>
  );
}
