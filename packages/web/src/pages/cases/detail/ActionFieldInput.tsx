/** The input for one action field, by kind; people and cases are picked from lists when the API gives them. */
import { Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { casesApi, SATISFACTIONS, type CaseRecord } from '../../../api/cases';
import { usersApi } from '../../../api/endpoints';
import { useAsync } from '../../../lib/useAsync';
import { useGridPolicy, classText } from '../useCaseRefs';
import type { FieldKind } from './actionFields';
import { HandlerSelect, UnitInput } from './AssignFields';

interface ControlProps {
  value?: unknown;
  onChange?: (v: unknown) => void;
}

/** People in scope; someone who may not list people types the person's number instead. */
function UserSelect({ value, onChange }: ControlProps) {
  const { t } = useTranslation();
  const users = useAsync(() => usersApi.list(), []);
  if (users.error)
    return (
      <InputNumber
        min={1}
        precision={0}
        value={value as number}
        onChange={onChange}
        placeholder={t('actionForm.userId')}
        style={{ width: '100%' }}
      />
    );
  const options = (users.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      loading={users.loading}
      options={options}
      value={value as number}
      onChange={onChange}
    />
  );
}

/** A case offered as a merge target from elsewhere (a picked suggestion, possibly of another grid). */
export interface CaseOption {
  id: number;
  title: string;
}

/** Open cases of the same grid (merge target), not this one, and the cases picked from the suggestions. */
function CaseSelect({ value, onChange, c, extra = [] }: ControlProps & { c: CaseRecord; extra?: readonly CaseOption[] }) {
  const { t } = useTranslation();
  const list = useAsync((signal) => casesApi.list({ status: 'open', gridId: c.gridId, limit: 200 }, signal), [c.gridId]);
  const sameGrid = (list.data ?? []).filter((x) => x.id !== c.id);
  const known = new Set(sameGrid.map((x) => x.id));
  const options = [...sameGrid, ...extra.filter((x) => !known.has(x.id) && x.id !== c.id)].map((x) => ({
    value: x.id,
    label: `#${x.id} ${x.title}`,
  }));
  return (
    <Select
      showSearch
      optionFilterProp="label"
      loading={list.loading}
      options={options}
      value={value as number}
      onChange={onChange}
      placeholder={t('actionForm.pickCase')}
    />
  );
}

function ClassSelect({ value, onChange, c }: ControlProps & { c: CaseRecord }) {
  const { t } = useTranslation();
  const { classes, loading } = useGridPolicy(c.gridId);
  const options = classes.map((x) => ({ value: x.code, label: classText(t, x.code, classes) }));
  return <Select loading={loading} options={options} value={value as string} onChange={onChange} />;
}

export function ActionFieldInput({
  kind,
  c,
  name,
  caseOptions,
  ...control
}: ControlProps & { kind: FieldKind; c: CaseRecord; name: string; caseOptions?: readonly CaseOption[] }) {
  const { t } = useTranslation();
  const testId = `case-field-${name}`;
  switch (kind) {
    case 'text':
      return (
        <Input maxLength={200} value={control.value as string} onChange={(e) => control.onChange?.(e.target.value)} data-testid={testId} />
      );
    case 'textarea':
      return (
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={control.value as string}
          onChange={(e) => control.onChange?.(e.target.value)}
          data-testid={testId}
        />
      );
    case 'datetime':
      return (
        <Input
          type="datetime-local"
          value={control.value as string}
          onChange={(e) => control.onChange?.(e.target.value)}
          data-testid={testId}
        />
      );
    case 'approve':
      return (
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={control.value}
          onChange={(e) => control.onChange?.(e.target.value)}
          options={[
            { value: true, label: t('actionForm.approveYes') },
            { value: false, label: t('actionForm.approveNo') },
          ]}
        />
      );
    case 'satisfaction':
      return (
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={control.value}
          onChange={(e) => control.onChange?.(e.target.value)}
          options={SATISFACTIONS.map((s) => ({ value: s, label: t(`satisfaction.${s}`) }))}
        />
      );
    case 'caseClass':
      return <ClassSelect c={c} {...control} />;
    case 'user':
      return <UserSelect {...control} />;
    case 'unit':
      return <UnitInput c={c} testId={testId} {...control} />;
    case 'assignee':
      return <HandlerSelect c={c} fallback={<UserSelect {...control} />} {...control} />;
    case 'case':
      return <CaseSelect c={c} extra={caseOptions} {...control} />;
  }
}
