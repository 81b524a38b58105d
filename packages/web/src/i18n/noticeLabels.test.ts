/** The notification centre's names of notice kinds read as the outbound messages' headings (core notices/labels). */
import { NOTICE_KIND_LABELS_ZH } from '@gridwork/core/notices/labels';
import { describe, expect, it } from 'vitest';
import zhSupervision from './zh-CN.supervision';

describe('notice kind labels', () => {
  it('every kind the web names in Chinese is the heading an SMS or group robot gets', () => {
    expect(zhSupervision.notices.kind).toEqual(NOTICE_KIND_LABELS_ZH);
  });
});
