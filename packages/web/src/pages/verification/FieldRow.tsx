/**
 * One recorded field on the verification form: its value, 属实 / 有误, and when wrong, the corrected
 * value (plain fields) or only a flag (ID number and phone: C3, D10; relation: follow-up).
 */
import { Input, Radio, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from '../../api/verification';
import { formatValue, type TagLabels } from './verificationFormat';

export interface Answer {
  outcome?: 'confirmed' | 'corrected';
  value?: unknown;
  note?: string;
}

const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'tenant', 'other'];

function ValueInput({ f, value, onChange, tags }: { f: FormField; value: unknown; onChange: (v: unknown) => void; tags: TagLabels }) {
  const { t } = useTranslation();
  const testId = `vfield-value-${f.field}`;
  switch (f.name) {
    case 'housing':
      return (
        <Radio.Group
          value={value}
          onChange={(e) => onChange(e.target.value)}
          options={['owned', 'rented'].map((v) => ({ value: v, label: t(`housing.${v}`, { defaultValue: v }) }))}
          data-testid={testId}
        />
      );
    case 'sex':
      return (
        <Radio.Group
          value={value}
          onChange={(e) => onChange(e.target.value)}
          options={['M', 'F'].map((v) => ({ value: v, label: t(`sex.${v}`, { defaultValue: v }) }))}
          data-testid={testId}
        />
      );
    case 'birthDate':
      return (
        <Input type="date" value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value || undefined)} data-testid={testId} />
      );
    case 'tags':
      return (
        <Select
          mode="multiple"
          value={(value as string[] | undefined) ?? []}
          onChange={(v) => onChange(v)}
          options={[...tags].map(([code, label]) => ({ value: code, label }))}
          placeholder={t('verificationTask.newValue')}
          data-testid={testId}
        />
      );
    case 'relation':
      return (
        <Select
          allowClear
          value={(value as string | null | undefined) ?? undefined}
          onChange={(v) => onChange(v ?? null)}
          options={RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`, { defaultValue: r }) }))}
          data-testid={testId}
        />
      );
    default:
      return (
        <Input
          value={(value as string) ?? ''}
          maxLength={f.name === 'name' ? 50 : 200}
          onChange={(e) => onChange(e.target.value)}
          placeholder={t('verificationTask.newValue')}
          data-testid={testId}
        />
      );
  }
}

export function FieldRow({ f, answer, onChange, tags }: { f: FormField; answer: Answer; onChange: (a: Answer) => void; tags: TagLabels }) {
  const { t } = useTranslation();
  const wrong = answer.outcome === 'corrected';
  const sealed = f.name === 'idNumber' || f.name === 'phone';
  return (
    <div className={`gw-vfield${wrong ? ' gw-vfield-wrong' : ''}`} data-testid="vfield" data-field={f.field}>
      <div className="gw-vfield-head">
        <div>
          <div className="gw-vfield-label">{t(`verificationTask.field.${f.name}`)}</div>
          <div className="gw-vfield-value">{formatValue(t, f.name, f.value, tags)}</div>
        </div>
        <Segmented<'confirmed' | 'corrected'>
          value={answer.outcome as 'confirmed' | 'corrected'}
          onChange={(outcome) => onChange({ ...answer, outcome })}
          options={[
            { value: 'confirmed', label: t('verificationTask.confirmed') },
            { value: 'corrected', label: t('verificationTask.corrected') },
          ]}
          data-testid={`vfield-outcome-${f.field}`}
        />
      </div>
      {wrong && (
        <div className="gw-vfield-body">
          {sealed ? (
            <Typography.Text type="warning">{t('verificationTask.flagHint')}</Typography.Text>
          ) : (
            <>
              {f.name === 'relation' && <Typography.Text type="secondary">{t('verificationTask.relationHint')}</Typography.Text>}
              <ValueInput f={f} value={answer.value} onChange={(value) => onChange({ ...answer, value })} tags={tags} />
            </>
          )}
          <Input
            value={answer.note ?? ''}
            maxLength={500}
            onChange={(e) => onChange({ ...answer, note: e.target.value })}
            placeholder={t('verificationTask.note')}
          />
        </div>
      )}
    </div>
  );
}
