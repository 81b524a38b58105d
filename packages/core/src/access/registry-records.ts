/** Registry: households, residents and visits (A11.1, C3, D10), rounds (C2.2, D6), verification (A8.2, A8.3, D8). */
import { cap, type ResourceTable } from './registry-kit';

export const RECORD_RESOURCES = {
  household: {
    read: { grants: [cap('household.read')], message: 'your role may not read household records' },
    edit: { grants: [cap('household.edit')], message: 'your role may not change household records here' },
  },
  resident: {
    'reveal-id-number': { grants: [cap('resident.reveal-id-number')], message: 'your role may not reveal ID numbers' },
    'reveal-phone': { grants: [cap('resident.reveal-phone')], message: 'your role may not reveal phone numbers here' },
  },
  visit: {
    record: { grants: [cap('household.edit')], message: 'your role may not record visits here' },
    'record-for-others': { grants: [cap('visit.record-for-others')], message: 'your role may not record visits made by others' },
  },
  /** Photos of visits; a case's photos go with the case (case.read, case.add-photo). */
  photo: {
    'read-of-visit': { grants: [cap('household.read')], message: 'your role may not see visit photos here' },
    'add-to-visit': { grants: [cap('household.edit')], message: 'your role may not add photos to visits here' },
  },
  round: {
    read: { grants: [cap('round.read')], message: 'your role may not read rounds' },
    prepare: { grants: [cap('round.prepare')], message: "only the grid's workers and grid leaders prepare and submit its round report" },
    acknowledge: {
      grants: [cap('round.acknowledge')],
      message: 'only the community head (community grid lead) acknowledges a round report',
    },
  },
  verification: {
    read: { grants: [cap('verification.read')], message: 'your role may not read verification records' },
    draw: {
      grants: [cap('verification.draw')],
      message: 'only workstation staff, the community grid lead or an admin draw and verify households (A8.2)',
    },
    yearly: { grants: [cap('verification.yearly')], message: 'only the community grid lead or an admin runs the yearly check (A8.3)' },
  },
} as const satisfies Record<string, ResourceTable>;
