import { useTranslation } from 'react-i18next';

/** A thin, always-visible stripe: the data is demo data. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <div className="gw-demo-banner" role="status" data-testid="demo-banner">
      <span className="gw-demo-banner-long">{t('demo.banner')}</span>
      <span className="gw-demo-banner-short">{t('demo.bannerShort')}</span>
    </div>
  );
}
