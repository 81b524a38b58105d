/** The form's fields for the document being edited, and every problem (local check, server answer) placed under its field. */
import { useMemo } from 'react';
import { placeProblems } from './policyDiff';
import { allFields, policySections } from './policyFields';
import { type Failure, localProblems } from './usePolicySave';

export function usePolicyFormModel(values: unknown, presetValues: unknown, failure: Failure | null) {
  const sections = useMemo(() => policySections(values, presetValues), [values, presetValues]);
  const fields = useMemo(() => new Map(allFields(sections).map((f) => [f.pointer, f])), [sections]);
  const placed = useMemo(() => {
    const pointers = [...fields.keys(), ...sections.flatMap((s) => [s.pointer, ...s.groups.map((g) => g.pointer)])];
    const server = failure && 'problems' in failure ? failure.problems : [];
    const all = [...localProblems(values), ...server.filter((p) => p.code)];
    const once = all.filter((p, i) => all.findIndex((q) => q.path === p.path && q.code === p.code) === i);
    return placeProblems(pointers, once);
  }, [values, fields, sections, failure]);
  return { sections, fields, placed };
}
