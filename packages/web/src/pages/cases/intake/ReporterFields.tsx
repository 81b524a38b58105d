/** Who reported it: name and phone, or anonymous; hotline operators may mark the report confidential (A9.4, D10). */
import { Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';

export function ReporterFields({ showConfidential }: { showConfidential: boolean }) {
  const { t } = useTranslation();
  const anonymous = Form.useWatch<boolean | undefined>('anonymous');
  return (
    <fieldset className="gw-fieldset">
      <legend>{t('intake.reporter')}</legend>
      <div className="gw-switch-row">
        <label className="gw-switch">
          <Form.Item name="anonymous" valuePropName="checked" noStyle>
            <Switch data-testid="case-form-anonymous" />
          </Form.Item>
          <span>{t('intake.anonymous')}</span>
        </label>
        {showConfidential && (
          <label className="gw-switch">
            <Form.Item name="confidential" valuePropName="checked" noStyle>
              <Switch data-testid="case-form-confidential" />
            </Form.Item>
            <span>{t('intake.confidential')}</span>
          </label>
        )}
      </div>
      {!anonymous && (
        <div className="gw-two-cols">
          <Form.Item name="reporterName" label={t('intake.reporterName')}>
            <Input maxLength={60} autoComplete="off" data-testid="case-form-reporter-name" />
          </Form.Item>
          <Form.Item
            name="reporterPhone"
            label={t('intake.reporterPhone')}
            rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: t('intake.phoneInvalid') }]}
          >
            <Input type="tel" inputMode="tel" maxLength={20} autoComplete="off" data-testid="case-form-reporter-phone" />
          </Form.Item>
        </div>
      )}
    </fieldset>
  );
}
