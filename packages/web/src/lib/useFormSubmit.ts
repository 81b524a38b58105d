/**
 * A form's save: busy while it runs, field problems of the server's 400 shown under their fields,
 * any other failure kept for an ErrorAlert. One place for the try/catch/finally each form repeated.
 */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { applyFieldErrors } from '../pages/households/householdFormat';

export function useFormSubmit<V>(form: FormInstance<V> | null, fields: readonly string[], t: TFunction) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (run: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      if (!form || !applyFieldErrors(form, e, fields, t)) setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, submit };
}
