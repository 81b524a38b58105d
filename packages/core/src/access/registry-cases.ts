/**
 * Registry: cases (A2, A3, A9, C3, C8). The state machine (core/cases) decides which actions a case's
 * status admits; this table decides who, within the case's area, may take them:
 * - the assigned handler may start, respond, request an extension, escalate and transfer whatever their
 *   role (a department handler acts only on cases assigned to them; C4 has the handler transfer);
 * - the first-inquiry owner may escalate and transfer (A1.7 guide it to the right handler, A2.2 report up);
 * - the handler or the responder never verifies (the state machine's guard VERIFIER_IS_HANDLER).
 */
import { ANY_ROLE, cap, type AccessRecord, type ResourceTable } from './registry-kit';

const COORDINATE = cap('case.coordinate');
const HANDLER = { relation: 'handler' } as const;
const OWNER = { relation: 'owner' } as const;
const coordinated = (what: string) => ({ grants: [COORDINATE], message: `only the case's coordinators ${what}` });
const handled = (what: string) => ({ grants: [COORDINATE, HANDLER], message: `only the case's coordinators or its handler ${what}` });
const routed = (what: string) => ({
  grants: [COORDINATE, HANDLER, OWNER],
  message: `only the case's coordinators, its handler or its owner ${what}`,
});
const notConfidential = (r: AccessRecord) => !r.reporter?.confidential;

export const CASE_RESOURCES = {
  case: {
    read: { grants: [ANY_ROLE, HANDLER], message: 'this case is outside your area' },
    intake: { grants: [cap('case.intake')], message: 'your role may not take in cases here' },
    'back-enter': { grants: [cap('case.back-entry')], message: 'only back-entry roles may enter a past receivedAt' },
    accept: coordinated('accept it'),
    reject: coordinated('reject it'),
    merge: coordinated('merge it'),
    'resolve-on-spot': { grants: [COORDINATE, cap('case.resolve-on-spot')], message: 'your role may not resolve cases on the spot' },
    escalate: routed('escalate it'),
    assign: coordinated('assign it'),
    transfer: routed('transfer it'),
    start: handled('start it'),
    'request-extension': handled('request an extension'),
    'decide-extension': coordinated('decide an extension'),
    respond: handled('respond to it'),
    feedback: { grants: [COORDINATE, cap('case.feedback')], message: "your role may not record the reporter's feedback" },
    verify: { grants: [cap('case.verify')], message: 'your role may not verify cases' },
    close: { grants: [cap('case.close')], message: 'your role may not close cases' },
    archive: { grants: [cap('case.close')], message: 'your role may not archive cases' },
    reopen: { grants: [COORDINATE, cap('case.reopen')], message: 'your role may not reopen cases' },
    /** The reviewed public note (C3, D10, D11): who may answer the case writes it. */
    'write-public-note': handled('write its public note'),
    /**
     * A9.4, C3, D10: a confidential reporter only to hotline operators and supervisors; another named
     * reporter also to the case's coordinators, its owner and its handler; an anonymous one to no one.
     */
    'reveal-reporter': {
      grants: [
        cap('reporter.reveal-confidential'),
        { ...COORDINATE, when: notConfidential },
        { ...HANDLER, when: notConfidential },
        { ...OWNER, when: notConfidential },
      ],
      guard: (r) => !!r.reporter && !r.reporter.anonymous,
      message: "your role may not reveal this case's reporter",
    },
    'add-photo': { grants: [cap('case.intake'), OWNER, HANDLER], message: 'your role may not add photos to this case' },
    'annotate-hotline-note': { grants: [cap('hotline.desk')], message: 'only the hotline desk adds hotline notes' },
    'annotate-supervision-note': { grants: [cap('case.supervise')], message: 'only supervision adds supervision notes' },
    'annotate-reminder': { grants: [cap('case.supervise')], message: 'only supervision sends reminders' },
    'annotate-hot-flag': { grants: [cap('case.supervise')], message: 'only supervision flags hot cases' },
  },
} as const satisfies Record<string, ResourceTable>;
