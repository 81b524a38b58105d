/**
 * 地址 (hotline intake, issue 11 item 8): the caller's address typed as heard; matching household
 * addresses and compound, building and grid names in the operator's area propose the case's grid.
 * Picking one sets the grid; the typed address is kept on the case (searchable at the desk).
 */
import { App, AutoComplete, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbort } from '../../../api/client';
import { deskApi, type AddressHit } from '../../../api/desk';
import type { Id } from '../../../api/types';

interface Props {
  value?: string;
  onChange?: (v: string) => void;
  onGrid: (grid: { id: Id; name: string }) => void;
}

const DEBOUNCE_MS = 300;

/** The hits of the text typed last (debounced; the previous request is aborted). */
function useLookup(text: string) {
  const [hits, setHits] = useState<AddressHit[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const q = text.trim();
    if (!q) return setHits([]);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      deskApi
        .lookUpAddress(q, controller.signal)
        .then((r) => setHits(r.items))
        .catch((e: unknown) => !isAbort(e) && setHits([]))
        .finally(() => !controller.signal.aborted && setBusy(false));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return { hits, busy };
}

export function AddressLookup({ value, onChange, onGrid }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const { hits } = useLookup(text);
  const byValue = useRef(new Map<string, AddressHit>());
  byValue.current = new Map();
  const options = hits.map((h) => {
    // the same address in two grids stays two choices
    const key = byValue.current.has(h.label) ? `${h.label}（${h.grid.name}）` : h.label;
    byValue.current.set(key, h);
    return {
      value: key,
      label: (
        <div className="gw-address-hit" data-testid="address-hit">
          <Tag>{t(`desk.address.kind.${h.kind}`)}</Tag>
          <span className="gw-address-hit-label">{h.label}</span>
          <span className="gw-muted"> → {h.grid.name}</span>
        </div>
      ),
    };
  });
  return (
    <AutoComplete
      value={value}
      options={options}
      maxLength={500}
      placeholder={t('desk.address.placeholder')}
      onSearch={setText}
      onChange={(v: string) => onChange?.(v)}
      onSelect={(v: string) => {
        const hit = byValue.current.get(v);
        if (!hit) return;
        onChange?.(hit.label);
        onGrid(hit.grid);
        message.success(t('desk.address.located', { name: hit.grid.name }));
      }}
      data-testid="case-form-address"
    />
  );
}
