/** English: the public note (Open311 status_notes, published only once reviewed). Typed against the Chinese. */
import type zhPublicNote from './zh-CN.publicNote';

const publicNote: typeof zhPublicNote = {
  publicNote: {
    title: 'Public note',
    notPublished:
      'This case is not published in the open (Open311) feed: the policy publishes only requests filed through Open311 and the ' +
      'categories it marks public.',
    published:
      'This case is published in the open (Open311) feed, never its reporter; of its handling only the reviewed note below goes out.',
    none: 'No public note yet: handling records are never published by themselves.',
    approvedBy: 'Approved by {{name}} at {{at}} (version {{version}})',
    textLabel: 'Public note',
    hint:
      "The suggestion comes from the latest answer or feedback: remove residents' names, phones, addresses and personal " +
      'circumstances before publishing.',
    placeholder: 'What may be told in public about the outcome',
    submit: 'Approve and publish',
    saved: 'Public note published',
  },
  errors: { CASE_NOT_PUBLISHED: 'This case is not published, so it takes no public note' },
  audit: { actions: { 'case_public-note': 'Publish public note' } },
  policyKeys: {
    publication: 'Publication',
    open311: 'Open311 feed',
    filedRequests: 'Requests filed through Open311 are public',
    categories: 'Public case categories',
  },
};

export default publicNote;
