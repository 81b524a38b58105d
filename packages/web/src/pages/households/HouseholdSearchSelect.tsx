/** Pick a household by typing part of its address (searches the server as you type, in scope only). */
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdsApi, type HouseholdSummary } from '../../api/households';
import type { Id } from '../../api/types';

interface Props {
  value?: Id;
  onChange?: (id: Id) => void;
  exclude?: Id;
}

export function HouseholdSearchSelect({ value, onChange, exclude }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<HouseholdSummary[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      householdsApi
        .list({ q: text, limit: 20 }, controller.signal)
        .then((r) => setOptions(r.items.filter((h) => h.id !== exclude)))
        .catch(() => undefined)
        .finally(() => !controller.signal.aborted && setLoading(false));
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, exclude]);

  return (
    <Select<Id>
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={loading}
      placeholder={t('endForm.toHouseholdSearch')}
      options={options.map((h) => ({ value: h.id, label: `#${h.id} ${h.address}` }))}
      notFoundContent={null}
    />
  );
}
