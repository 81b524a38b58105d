/**
 * The household's visit class (A7.2, D5) with every reason and the member it comes from; an
 * override by an allowed role is shown as such, with its reason, next to the derived class.
 */
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdsApi, VISIT_CLASSES, type HouseholdDetail, type VisitClass } from '../../api/households';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/errors';
import { ClassTag } from './HouseholdTags';
import { reasonText, useResidentTags } from './useHouseholdRefs';
import { RuleIdTag } from '../../components/RuleText';

function OverrideModal({ h, open, onClose, onSaved }: { h: HouseholdDetail; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ visitClass: VisitClass; reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue({ visitClass: h.visitClass.visitClass as VisitClass, reason: h.visitClass.override?.reason ?? '' });
  }, [open, h, form]);
  const save = async (v: { visitClass: VisitClass; reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      await householdsApi.update(h.id, {
        expectedVersion: h.version,
        visitClassOverride: { visitClass: v.visitClass, reason: v.reason.trim() },
      });
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('household.overrideTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      forceRender
    >
      <p className="gw-muted">{t('household.overrideHelp')}</p>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item name="visitClass" label={t('household.classTitle')} rules={[{ required: true }]}>
          <Select options={VISIT_CLASSES.map((c) => ({ value: c, label: t(`visitClass.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('household.overrideReason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}

export function ClassCard({ h, onChanged }: { h: HouseholdDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tags = useResidentTags();
  const [open, setOpen] = useState(false);
  const vc = h.visitClass;
  const nameOf = (id: number) => h.members.find((m) => m.residentId === id)?.name ?? `#${id}`;
  const clear = async () => {
    try {
      await householdsApi.update(h.id, { expectedVersion: h.version, visitClassOverride: null });
      message.success(t('household.cleared'));
      onChanged();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  return (
    <Card
      size="small"
      className="gw-hh-card-block"
      title={t('household.classTitle')}
      data-testid="class-card"
      extra={
        h.abilities.update && (
          <>
            {vc.override && (
              <Popconfirm title={t('household.clearOverride')} onConfirm={() => void clear()}>
                <Button size="small" type="link">
                  {t('household.clearOverride')}
                </Button>
              </Popconfirm>
            )}
            <Button size="small" onClick={() => setOpen(true)} data-testid="class-override">
              {t('household.setOverride')}
            </Button>
          </>
        )
      }
    >
      <div className="gw-class-line">
        <ClassTag visitClass={vc.visitClass} override={vc.override} />
        {vc.override && <span className="gw-muted">{t('household.derivedWas', { class: t(`visitClass.${vc.derivedClass}`) })}</span>}
      </div>
      {vc.override && (
        <div className="gw-class-override" data-testid="class-override-reason">
          {t('household.override')}：{vc.override.reason}
        </div>
      )}
      {vc.reasons.length === 0 ? (
        <div className="gw-muted">{t('household.noReasons')}</div>
      ) : (
        <ul className="gw-reasons">
          {vc.reasons.map((r, i) => (
            <li key={i}>
              {nameOf(r.residentId)}：{reasonText(t, r.reason, tags.label)} →{' '}
              {t(`visitClass.${r.visitClass}`, { defaultValue: r.visitClass })} <RuleIdTag rule={r.rule} />
            </li>
          ))}
        </ul>
      )}
      <OverrideModal
        h={h}
        open={open}
        onClose={() => setOpen(false)}
        onSaved={() => {
          setOpen(false);
          onChanged();
        }}
      />
    </Card>
  );
}
