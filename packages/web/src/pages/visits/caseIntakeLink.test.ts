import { describe, expect, it } from 'vitest';
import { caseIntakeLink } from './caseIntakeLink';

describe('保存后上报问题: the intake link of a visit', () => {
  it('A1.6 a saved visit: its id, grid, position, and its findings as title and description', () => {
    const url = new URL(
      caseIntakeLink(
        { id: 42, location: { lat: 39.91, lng: 116.4 } },
        7,
        { findings: '楼道灯坏了\n三楼不亮', needs: '尽快修' },
        '和平街 1 号',
      ),
      'http://x',
    );
    expect(url.pathname).toBe('/cases/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      source: 'field',
      visitId: '42',
      gridId: '7',
      lat: '39.91',
      lng: '116.4',
      title: '和平街 1 号：楼道灯坏了',
      description: '楼道灯坏了\n三楼不亮\n尽快修',
    });
  });

  it('A1.6 a visit waiting on the device: the key it waits under instead of an id; no findings, no title', () => {
    const url = new URL(caseIntakeLink({ key: 'k-1', location: null }, undefined, { findings: null, needs: null }, undefined), 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({ source: 'field', afterKey: 'k-1' });
  });

  it('long findings are cut to the form limits (title 200, first line 60; description 5000)', () => {
    const long = 'x'.repeat(6000);
    const url = new URL(caseIntakeLink({ id: 1, location: null }, 1, { findings: long, needs: null }, 'a'.repeat(300)), 'http://x');
    expect(url.searchParams.get('title')!.length).toBe(200);
    expect(url.searchParams.get('description')!.length).toBe(5000);
  });
});
