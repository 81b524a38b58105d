/**
 * The product's safeguards for sealed data (C3, decisions D10 and D11), the same default in every
 * preset: how many sealed values one account may reveal in a window, and what the public Open311
 * feed publishes. Each call gives fresh objects, so a preset edited in place shares nothing.
 */
import type { PolicyValues } from './schema';

export function safeguards(): Pick<PolicyValues, 'privacy' | 'publication'> {
  return {
    privacy: {
      revealLimit: {
        count: 30,
        minutes: 60,
        rule: 'C3',
        see: ['D10'],
        note: 'Product default: at most 30 reveals of sealed personal data per account in any 60 minutes.',
      },
    },
    publication: {
      open311: {
        filedRequests: true,
        categories: [],
        rule: 'C3',
        see: ['D10', 'D11'],
        note: 'Product default: the public Open311 feed shows only the requests filed through it; list category codes to publish more.',
      },
    },
  };
}
