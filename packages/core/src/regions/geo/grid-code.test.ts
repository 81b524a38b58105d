import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import {
  communityCodeOf,
  composeCommunityCode,
  composeGridCode,
  composePlaceCode,
  composeStreetCode,
  composeWorkstationCode,
  isCommunityCode,
  isGridCode,
  isGridParentCode,
  isPlaceCode,
  isStreetCode,
  isWorkstationCode,
  splitGridCode,
  splitWorkstationCode,
  streetCodeOf,
} from './grid-code';

describe('grid codes (A1, B1: 6 admin + 3 street + 3 community + 3 grid)', () => {
  it('composes with zero padding and splits back', () => {
    const code = composeGridCode({ admin: '110105', street: 1, community: 12, seq: 7 });
    expect(code).toBe('110105001012007');
    expect(splitGridCode(code)).toEqual({ admin: '110105', street: '001', community: '012', seq: '007' });
    expect(composeGridCode({ admin: '110105', street: '003', community: '201', seq: '999' })).toBe('110105003201999');
  });

  it('validates: 15 digits, strings only, no all-zero segment', () => {
    expect(isGridCode('110105001012007')).toBe(true);
    for (const bad of [
      '11010500101200',
      '1101050010120070',
      '11010500101200a',
      '000000001001001',
      '110105000001001',
      '110105001000001',
      '110105001001000',
      110105001012007,
      null,
      undefined,
      ' 110105001012007',
    ]) {
      expect(isGridCode(bad)).toBe(false);
    }
  });

  it('rejects bad parts and bad codes with INVALID_REGION_CODE', () => {
    expect(() => composeGridCode({ admin: '11010', street: 1, community: 1, seq: 1 })).toThrow(DomainError);
    expect(() => composeGridCode({ admin: '110105', street: 1000, community: 1, seq: 1 })).toThrow(/street segment/);
    expect(() => composeGridCode({ admin: '110105', street: 1, community: 1, seq: 0 })).toThrow(/grid sequence/);
    try {
      splitGridCode('12345');
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('INVALID_REGION_CODE');
    }
  });

  it('derives the street (9) and community (12) prefixes', () => {
    expect(streetCodeOf('110105001012007')).toBe('110105001');
    expect(communityCodeOf('110105001012007')).toBe('110105001012');
    expect(composeStreetCode({ admin: '110105', street: 101 })).toBe('110105101');
    expect(composeCommunityCode({ admin: '110105', street: 1, community: 201 })).toBe('110105001201');
    expect(isStreetCode('110105101')).toBe(true);
    expect(isCommunityCode('110105001201')).toBe(true);
    expect(isCommunityCode('110105001000')).toBe(false);
  });
});

describe('workstation codes: community code + W + 2 digits', () => {
  it('composes, splits and never looks like a grid code', () => {
    const ws = composeWorkstationCode('110105001012', 2);
    expect(ws).toBe('110105001012W02');
    expect(ws).toHaveLength(15);
    expect(isWorkstationCode(ws)).toBe(true);
    expect(isGridCode(ws)).toBe(false);
    expect(splitWorkstationCode(ws)).toEqual({ community: '110105001012', seq: '02' });
    expect(communityCodeOf(ws)).toBe('110105001012');
    expect(isWorkstationCode('110105001012W00')).toBe(false);
    expect(isWorkstationCode('110105001012w01')).toBe(false);
    expect(() => composeWorkstationCode('1101050010', 1)).toThrow(DomainError);
    expect(() => composeWorkstationCode('110105001012', 100)).toThrow(DomainError);
  });

  it("a grid's parent is its community or one of that community's workstations", () => {
    expect(isGridParentCode('110105001012007', '110105001012')).toBe(true);
    expect(isGridParentCode('110105001012007', '110105001012W01')).toBe(true);
    expect(isGridParentCode('110105001012007', '110105001013W01')).toBe(false);
    expect(isGridParentCode('110105001012007', '110105001013')).toBe(false);
    expect(isGridParentCode('bad', '110105001012')).toBe(false);
  });
});

describe('place codes (compounds, buildings): grid code + P + 2 digits', () => {
  it('composes and validates', () => {
    expect(composePlaceCode('110105001012007', 3)).toBe('110105001012007P03');
    expect(isPlaceCode('110105001012007P03')).toBe(true);
    expect(isPlaceCode('110105001012007P00')).toBe(false);
    expect(communityCodeOf('110105001012007P03')).toBe('110105001012');
    expect(() => composePlaceCode('110105001012', 1)).toThrow(DomainError);
  });
});
