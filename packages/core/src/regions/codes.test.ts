import { describe, expect, it } from 'vitest';
import { regionCodeProblem } from './codes';

describe('region codes', () => {
  it('A1 grid codes are 15 digits: admin 6 + street 3 + community 3 + grid 3', () => {
    expect(regionCodeProblem('grid', '110105001002003', { type: 'community', code: '110105001002' })).toBeNull();
    expect(regionCodeProblem('grid', '110105001002003', { type: 'workstation', code: '110105001002W01' })).toBeNull();
    expect(regionCodeProblem('grid', '11010500100200', null)).toMatch(/15 digits/);
    expect(regionCodeProblem('grid', '110105001002000', null)).toMatch(/zeros/);
    expect(regionCodeProblem('grid', '110105001003001', { type: 'community', code: '110105001002' })).toMatch(/start with/);
  });

  it('workstations have their own codes inside their community', () => {
    expect(regionCodeProblem('workstation', '110105001002W01', { type: 'community', code: '110105001002' })).toBeNull();
    expect(regionCodeProblem('workstation', '110105001002W00', null)).toMatch(/zeros/);
    expect(regionCodeProblem('workstation', '110105001002001', null)).toMatch(/W/);
  });

  it('street, town, community and compound codes extend their parent', () => {
    expect(regionCodeProblem('street', '110105001', { type: 'district', code: '110105' })).toBeNull();
    expect(regionCodeProblem('town', '110106001', { type: 'district', code: '110105' })).toMatch(/start with/);
    expect(regionCodeProblem('community', '110105001002', { type: 'street', code: '110105001' })).toBeNull();
    expect(regionCodeProblem('compound', '110105001002003P01', { type: 'grid', code: '110105001002003' })).toBeNull();
    expect(regionCodeProblem('building', '110105001002003P02', { type: 'compound', code: '110105001002003P01' })).toBeNull();
  });
});
