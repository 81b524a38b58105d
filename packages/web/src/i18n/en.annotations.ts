/** English: case annotations. Typed against the Chinese. */
import type zhAnnotations from './zh-CN.annotations';

const annotations: typeof zhAnnotations = {
  annotations: {
    title: 'Annotations',
    empty: 'No annotations yet',
    kindLabel: 'Kind',
    textLabel: 'Text',
    textPlaceholder: 'Write the annotation',
    submit: 'Submit',
    added: 'Annotation added',
    kind: { 'hotline-note': 'Hotline note', 'supervision-note': 'Supervision note', reminder: 'Reminder', 'hot-flag': 'Hot flag' },
  },
};

export default annotations;
