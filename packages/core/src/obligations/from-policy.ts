/** From the policy's general obligations (`obligationsOf`) to engine obligations (D9). */
import type { PolicyObligation } from '../policy';
import type { EngineObligation } from './types';

/** The engine form of a policy obligation, carrying the policy version it comes from. */
export function engineObligationOf(entry: PolicyObligation, policyVersion?: number): EngineObligation {
  const { obligation } = entry;
  return {
    id: entry.id,
    count: obligation.count,
    period: obligation.period,
    ...(obligation.window ? { window: { ...obligation.window } } : {}),
    ...(obligation.minHours !== undefined ? { minHours: obligation.minHours } : {}),
    ...(policyVersion !== undefined ? { policyVersion } : {}),
    rule: obligation.rule,
    subject: obligation.subject,
  };
}
