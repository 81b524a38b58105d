import { describe, expect, it } from 'vitest';
import { assertExportSize, encodeRfc5987, percentCell, REPORT_EXPORT_MAX_ROWS } from './xlsx';

describe('xlsx download helpers', () => {
  it('a Chinese file name is RFC 5987 percent-encoded UTF-8, with the characters encodeURIComponent leaves', () => {
    expect(encodeRfc5987('督办看板-测试街道.xlsx')).toBe('%E7%9D%A3%E5%8A%9E%E7%9C%8B%E6%9D%BF-%E6%B5%8B%E8%AF%95%E8%A1%97%E9%81%93.xlsx');
    expect(encodeRfc5987("合计（a'b）(c)*.xlsx")).toBe('%E5%90%88%E8%AE%A1%EF%BC%88a%27b%EF%BC%89%28c%29%2A.xlsx');
    expect(encodeRfc5987('a"; filename=x.exe\r\n')).toBe('a%22%3B%20filename%3Dx.exe%0D%0A');
  });

  it('C3 an export past the row bound is EXPORT_TOO_LARGE with the bound', () => {
    expect(() => assertExportSize(REPORT_EXPORT_MAX_ROWS)).not.toThrow();
    expect(() => assertExportSize(REPORT_EXPORT_MAX_ROWS + 1)).toThrow(
      expect.objectContaining({ code: 'EXPORT_TOO_LARGE', details: { maxRows: REPORT_EXPORT_MAX_ROWS } }),
    );
    expect(() => assertExportSize(3, 2)).toThrow(expect.objectContaining({ code: 'EXPORT_TOO_LARGE' }));
  });

  it('rates print as percentages with one decimal; none is empty', () => {
    expect(percentCell(null)).toBe('');
    expect(percentCell(1)).toBe('100%');
    expect(percentCell(0.9234)).toBe('92.3%');
    expect(percentCell(0)).toBe('0%');
  });
});
