/**
 * The policy editor's save path, the same for the form and the JSON view: check locally with the
 * core's validation (nothing is sent while a problem remains), show the diff, then PUT /policy with
 * the version in force as `expectedVersion` (a stale one answers 409 VERSION_CONFLICT, shown as an error).
 */
import { validatePolicy } from '@gridwork/core/policy/validate';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/endpoints';
import type { Id, PolicyProblem } from '../../api/types';
import { isApiError } from '../../lib/errors';

/** Where the save goes; `newAttachment` when the region now inherits and gets a policy of its own. */
export interface SaveTarget {
  regionId: Id;
  regionName: string;
  /** The version in force at the region now (its own or inherited): stale → 409 VERSION_CONFLICT. */
  expectedVersion: number;
  newAttachment: boolean;
}

export type Failure = { problems: PolicyProblem[]; values?: unknown } | { error: unknown };

function toFailure(e: unknown, values: unknown): Failure {
  const listed = isApiError(e) && Array.isArray(e.details) && (e.code === 'POLICY_INVALID' || e.code === 'VALIDATION_FAILED');
  return listed ? { problems: e.details as PolicyProblem[], values } : { error: e };
}

/** The problems the core finds in `values` (the server runs the same check). */
export function localProblems(values: unknown): PolicyProblem[] {
  const result = validatePolicy(values);
  return result.ok ? [] : result.problems;
}

/** Parses the JSON view's text; a syntax error is reported like a problem of the whole document. */
export function parsePolicyText(text: string, syntaxLabel: string): { values: unknown } | { problems: PolicyProblem[] } {
  try {
    return { values: JSON.parse(text) };
  } catch (e) {
    return { problems: [{ path: '', message: `${syntaxLabel}: ${(e as Error).message}` }] };
  }
}

export function usePolicySave(target: SaveTarget, onSaved: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  /** True when `values` may be sent; otherwise its problems are shown and nothing is sent. */
  const check = (values: unknown): boolean => {
    const problems = localProblems(values);
    setFailure(problems.length ? { problems, values } : null);
    if (problems.length) message.error(t('policyForm.fixFirst', { count: problems.length }));
    return problems.length === 0;
  };
  const save = async (values: unknown, preset: string): Promise<boolean> => {
    setBusy(true);
    setFailure(null);
    try {
      await policyApi.save({ regionId: target.regionId, preset, values, expectedVersion: target.expectedVersion });
      message.success(t('common.saved'));
      onSaved();
      return true;
    } catch (e) {
      setFailure(toFailure(e, values));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { failure, setFailure, busy, check, save };
}
