/** The input of one policy field by its kind: a number with its unit, a share in %, a switch, an option list, a label in zh and en. */
import { Input, InputNumber, Select, Space, Switch } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatValue, isLabel, isObj } from '../../lib/policyFormat';
import type { PolicyField } from './policyFields';

/** Shares are edited in % (0.17 ↔ 17), rounded so that float noise never shows. */
export const toPercent = (v: number) => Math.round(v * 1e6) / 1e4;
export const fromPercent = (n: number) => Math.round(n * 1e4) / 1e6;

/** The label of an option: assessment items and levels have their own names, other codes the policy's value names. */
export function optionLabel(t: TFunction, lang: string, key: string, option: string): string {
  if (key === 'item') return t(`assessment.items.${option}`, { defaultValue: option });
  if (key === 'levels') return t(`assessment.levels.${option}`, { defaultValue: option });
  return formatValue(t, lang, option);
}

/** A field's value as short text (the diff and the "changed from the preset" tag). */
export function fieldText(t: TFunction, lang: string, field: Pick<PolicyField, 'kind' | 'key'>, v: unknown): string {
  if (v === undefined || v === null) return t('policyForm.unset');
  if (field.kind === 'share' && typeof v === 'number') return `${toPercent(v)}%`;
  if ((field.kind === 'enum' || field.kind === 'enums') && (typeof v === 'string' || Array.isArray(v))) {
    const list = Array.isArray(v) ? v : [v];
    return list.map((o) => (typeof o === 'string' ? optionLabel(t, lang, field.key, o) : String(o))).join('、');
  }
  const unit = t(`policyForm.units.${field.key}`, { defaultValue: '' });
  if (field.kind === 'number' && typeof v === 'number' && unit) return `${v} ${unit}`;
  return formatValue(t, lang, v);
}

interface Props {
  field: PolicyField;
  value: unknown;
  onChange: (v: unknown) => void;
  status?: 'error';
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);
const orUndefined = (v: number | string | null) => (v === null || v === '' ? undefined : Number(v));

function LabelInput({ value, onChange, status }: Omit<Props, 'field'>) {
  const label = isLabel(value) ? value : {};
  const set = (lang: 'zh' | 'en', text: string) => onChange({ ...label, [lang]: text });
  return (
    <Space.Compact block>
      <Input value={label.zh ?? ''} onChange={(e) => set('zh', e.target.value)} prefix="中" status={status} />
      <Input value={label.en ?? ''} onChange={(e) => set('en', e.target.value)} prefix="EN" status={status} />
    </Space.Compact>
  );
}

function DayLimitInput({ field, value, onChange, status }: Props) {
  const { t } = useTranslation();
  const limit = isObj(value) ? value : undefined;
  const unit = typeof limit?.unit === 'string' ? limit.unit : field.options?.[0];
  const set = (n: number | undefined, u = unit) => onChange(n === undefined && field.optional ? undefined : { value: n, unit: u });
  return (
    <Space.Compact block>
      <InputNumber
        value={num(limit?.value)}
        onChange={(v) => set(orUndefined(v))}
        status={status}
        style={{ width: '50%' }}
        placeholder={field.optional ? t('policyForm.unset') : undefined}
      />
      <Select
        value={unit}
        onChange={(u) => set(num(limit?.value) ?? undefined, u)}
        options={field.options?.map((o) => ({ value: o, label: t(`policyValues.${o}`, { defaultValue: o }) }))}
        style={{ width: '50%' }}
      />
    </Space.Compact>
  );
}

export function PolicyFieldInput({ field, value, onChange, status }: Props) {
  const { t, i18n } = useTranslation();
  const unit = t(`policyForm.units.${field.key}`, { defaultValue: '' });
  const options = field.options?.map((o) => ({ value: o, label: optionLabel(t, i18n.language, field.key, o) }));
  switch (field.kind) {
    case 'boolean':
      return <Switch checked={value === true} onChange={onChange} checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />;
    case 'share':
      return (
        <InputNumber
          value={typeof value === 'number' ? toPercent(value) : null}
          onChange={(v) => onChange(orUndefined(v) === undefined ? undefined : fromPercent(Number(v)))}
          suffix="%"
          status={status}
          style={{ width: '100%' }}
        />
      );
    case 'number':
      return (
        <InputNumber
          value={num(value)}
          onChange={(v) => onChange(orUndefined(v))}
          suffix={unit || undefined}
          status={status}
          style={{ width: '100%' }}
          placeholder={field.optional ? t('policyForm.unset') : undefined}
        />
      );
    case 'enum':
      return <Select value={value} onChange={onChange} options={options} status={status} style={{ width: '100%' }} />;
    case 'enums':
    case 'codes':
      return (
        <Select
          mode={field.kind === 'codes' ? 'tags' : 'multiple'}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          options={options}
          status={status}
          style={{ width: '100%' }}
          placeholder={field.kind === 'codes' ? t('policyForm.codesHint') : undefined}
        />
      );
    case 'label':
      return <LabelInput value={value} onChange={onChange} status={status} />;
    case 'dayLimit':
      return <DayLimitInput field={field} value={value} onChange={onChange} status={status} />;
    default:
      return <Input value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} status={status} />;
  }
}
