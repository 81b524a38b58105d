/**
 * 登记三访四清 (A7.1) on the phone: the grid, whom (party branch member, party group leader, owners'
 * committee, resident) and their name, when, which of the four things are now clear, and notes.
 */
import { App, Button, Card, Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FOUR_CLEAR, OUTREACH_TARGETS, outreachApi, type FourClear, type OutreachTarget, type OutreachVisit } from '../../api/surveys';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionPicker } from '../../components/RegionPicker';
import { fromShanghaiInput, toShanghaiInput } from '../../lib/caseFormat';
import { useFormSubmit } from '../../lib/useFormSubmit';

interface Values {
  gridId?: Id;
  target?: OutreachTarget;
  targetName: string;
  visitedAt: string;
  checklist: FourClear[];
  notes?: string;
}

const FIELDS = ['gridId', 'target', 'targetName', 'visitedAt', 'checklist', 'notes'] as const;

interface Props {
  defaultGridId?: Id;
  onSaved: (v: OutreachVisit) => void;
  onCancel: () => void;
}

export function OutreachForm({ defaultGridId, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useFormSubmit(form, FIELDS, t);
  const required = [{ required: true, message: t('common.required') }];

  const save = (v: Values) =>
    submit(async () => {
      const saved = await outreachApi.create({
        gridId: v.gridId as Id,
        target: v.target as OutreachTarget,
        targetName: v.targetName.trim(),
        visitedAt: fromShanghaiInput(v.visitedAt),
        checklist: v.checklist ?? [],
        notes: v.notes?.trim() || null,
      });
      message.success(t('outreach.form.saved'));
      onSaved(saved);
    });

  return (
    <Card size="small" className="gw-block gw-outreach-form" title={t('outreach.form.title')} data-testid="outreach-form">
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        initialValues={{ gridId: defaultGridId, visitedAt: toShanghaiInput(new Date()), checklist: [], targetName: '' }}
        onFinish={(v) => void save(v)}
        scrollToFirstError
      >
        <Form.Item name="gridId" label={t('outreach.form.grid')} rules={required}>
          <RegionPicker types={['grid']} />
        </Form.Item>
        <Form.Item name="target" label={t('outreach.form.target')} rules={required}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            className="gw-choice-buttons"
            options={OUTREACH_TARGETS.map((k) => ({ value: k, label: t(`outreach.targets.${k}`) }))}
            data-testid="outreach-target"
          />
        </Form.Item>
        <Form.Item name="targetName" label={t('outreach.form.targetName')} rules={[{ ...required[0], whitespace: true }]}>
          <Input maxLength={100} placeholder={t('outreach.form.targetNameHint')} data-testid="outreach-target-name" />
        </Form.Item>
        <Form.Item
          name="visitedAt"
          label={t('outreach.form.visitedAt')}
          rules={[
            ...required,
            {
              validator: (_, value: string) =>
                value && new Date(fromShanghaiInput(value)).getTime() > Date.now() + 5 * 60_000
                  ? Promise.reject(new Error(t('outreach.form.future')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input type="datetime-local" data-testid="outreach-visited-at" />
        </Form.Item>
        <Form.Item name="checklist" label={t('outreach.form.checklist')}>
          <Checkbox.Group
            className="gw-outreach-checklist"
            options={FOUR_CLEAR.map((c) => ({ value: c, label: t(`outreach.checklist.${c}`) }))}
            data-testid="outreach-checklist"
          />
        </Form.Item>
        <Form.Item name="notes" label={t('outreach.form.notes')}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={4000}
            placeholder={t('outreach.form.notesHint')}
            data-testid="outreach-notes"
          />
        </Form.Item>
        <ErrorAlert error={error} />
        <div className="gw-outreach-actions">
          <Button type="primary" htmlType="submit" loading={busy} block data-testid="outreach-submit">
            {t('outreach.form.submit')}
          </Button>
          <Button onClick={onCancel} block>
            {t('outreach.cancel')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
