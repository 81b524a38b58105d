import { describe, expect, it } from 'vitest';
import { fileNameOf } from './files';

describe('xlsx download file names', () => {
  it("takes the server's Chinese name from filename*, else the caller's", () => {
    const header = `attachment; filename="supervision-board.xlsx"; filename*=UTF-8''${encodeURIComponent('督办看板-测试街道.xlsx')}`;
    expect(fileNameOf(header, 'x.xlsx')).toBe('督办看板-测试街道.xlsx');
    expect(fileNameOf('attachment; filename="cases.xlsx"', '案件列表.xlsx')).toBe('案件列表.xlsx');
    expect(fileNameOf(null, '案件列表.xlsx')).toBe('案件列表.xlsx');
  });

  it('a malformed or path-like name falls back to the caller’s', () => {
    expect(fileNameOf("attachment; filename*=UTF-8''%E7%9D", 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''..%2Fetc%2Fpasswd", 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''a%0Ab.xlsx", 'x.xlsx')).toBe('x.xlsx');
  });
});
