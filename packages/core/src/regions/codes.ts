import type { RegionType } from './types';

/**
 * The code each region type carries, and how it extends its parent's code (A1, B1):
 * district 6 digits (administrative code); street/town 9 (+3); community 12 (+3);
 * workstation community + 'W' + 2 digits; grid 15 digits (community + 3; its parent may be the
 * community or one of its workstations); compound/building grid code + 'P' + 2 digits.
 */
const FORMS: Record<RegionType, RegExp> = {
  district: /^\d{6}$/,
  street: /^\d{9}$/,
  town: /^\d{9}$/,
  community: /^\d{12}$/,
  workstation: /^\d{12}W\d{2}$/,
  grid: /^\d{15}$/,
  compound: /^\d{15}P\d{2}$/,
  building: /^\d{15}P\d{2}$/,
};

const EXPECTED: Record<RegionType, string> = {
  district: '6 digits',
  street: '9 digits (district code + 3)',
  town: '9 digits (district code + 3)',
  community: '12 digits (street/town code + 3)',
  workstation: "community code + 'W' + 2 digits",
  grid: '15 digits (community code + 3)',
  compound: "grid code + 'P' + 2 digits",
  building: "grid code + 'P' + 2 digits",
};

/** The prefix a child's code must start with, given its parent's type and code. */
function requiredPrefix(parentType: RegionType, parentCode: string): string {
  if (parentType === 'workstation') return parentCode.slice(0, 12);
  if (parentType === 'compound' || parentType === 'building') return parentCode.slice(0, 15);
  return parentCode;
}

/** Null when `code` is a valid code for a node of `type` under the given parent; else why not. */
export function regionCodeProblem(type: RegionType, code: string, parent: { type: RegionType; code: string } | null): string | null {
  const tail = type === 'district' ? code : code.slice(code.length - (/[WP]/.test(code) ? 2 : 3));
  if (!FORMS[type].test(code) || /^0+$/.test(tail)) {
    return `a ${type} code is ${EXPECTED[type]}, not all zeros at the end`;
  }
  if (parent) {
    const prefix = requiredPrefix(parent.type, parent.code);
    if (!code.startsWith(prefix)) return `a ${type} code must start with its parent's code ${prefix}`;
  }
  return null;
}
