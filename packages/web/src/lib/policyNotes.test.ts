import { PRESETS } from '@gridwork/core/policy';
import { describe, expect, it } from 'vitest';
import { KNOWN_NOTES, noteText } from './policyNotes';

function notesOf(v: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(v)) for (const x of v) notesOf(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if (k === 'note' && typeof x === 'string') out.add(x);
      else notesOf(x, out);
    }
  return out;
}

describe('policy notes in Chinese (issue 11 item 5)', () => {
  it('every note of every preset has a Chinese text', () => {
    const notes = notesOf(Object.values(PRESETS), new Set());
    expect(notes.size).toBeGreaterThan(20);
    for (const n of notes) expect(KNOWN_NOTES, n).toContain(n);
    for (const n of notes) expect(noteText('zh-CN', n)).toMatch(/[\u4e00-\u9fff]/);
  });
  it('English stays as written, and a note an admin wrote is shown as it is', () => {
    expect(noteText('en', 'Points as recorded.')).toBe('Points as recorded.');
    expect(noteText('zh-CN', '自定义说明')).toBe('自定义说明');
  });
});
