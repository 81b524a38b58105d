/**
 * The assign dialog's two fields (issue 11 item 8): the handling unit typed or picked from the units the
 * case can go to, and the handler from the people in scope, the case's own grid team first.
 */
import { AutoComplete, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../api/cases';
import { deskApi, type Assignees } from '../../../api/desk';
import { useAsync } from '../../../lib/useAsync';

interface ControlProps {
  value?: unknown;
  onChange?: (v: unknown) => void;
}

// one request for both fields of one dialog (the case's id and version)
const loads = new Map<string, Promise<Assignees>>();
function useAssignees(c: CaseRecord) {
  const key = `${c.id}:${c.version}`;
  return useAsync(() => {
    let load = loads.get(key);
    if (!load) {
      load = deskApi.assignees(c.id);
      loads.clear();
      loads.set(key, load);
      load.catch(() => loads.delete(key));
    }
    return load;
  }, [key]);
}

export function UnitInput({ value, onChange, c, testId }: ControlProps & { c: CaseRecord; testId: string }) {
  const { t } = useTranslation();
  const choices = useAssignees(c);
  const groups = (['category', 'region', 'used'] as const)
    .map((source) => ({
      label: t(`desk.assign.unitSource.${source}`),
      options: (choices.data?.units ?? []).filter((u) => u.source === source).map((u) => ({ value: u.name, label: u.name })),
    }))
    .filter((g) => g.options.length > 0);
  return (
    <AutoComplete
      value={value as string}
      onChange={onChange}
      options={groups}
      maxLength={200}
      placeholder={t('desk.assign.unitPlaceholder')}
      // every unit until something else than the current value is typed
      filterOption={(input, option) => input === value || String((option as { value?: string } | undefined)?.value ?? '').includes(input)}
      data-testid={testId}
    />
  );
}

export function HandlerSelect({ value, onChange, c, fallback }: ControlProps & { c: CaseRecord; fallback: ReactNode }) {
  const { t } = useTranslation();
  const choices = useAssignees(c);
  if (choices.error) return <>{fallback}</>;
  const people = choices.data?.people ?? [];
  const label = (p: Assignees['people'][number]) => `${p.displayName} (${p.username})`;
  const groups = [
    { label: t('desk.assign.gridTeam'), options: people.filter((p) => p.onGrid).map((p) => ({ value: p.id, label: label(p) })) },
    { label: t('desk.assign.others'), options: people.filter((p) => !p.onGrid).map((p) => ({ value: p.id, label: label(p) })) },
  ].filter((g) => g.options.length > 0);
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      loading={choices.loading}
      options={groups}
      value={value as number}
      onChange={onChange}
      data-testid="case-field-handlerId"
    />
  );
}
