/**
 * The policy as a form: one collapsible panel per section, one block per value group (its name, rule
 * tag and note), one labelled field per value with its rule tag, its unit, a tag when it differs from
 * the preset and the validation problems placed under it.
 */
import { Collapse, Form, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyProblem } from '../../api/types';
import { groupName, keyLabel, ruleOf, seeOf } from '../../lib/policyFormat';
import { noteText } from '../../lib/policyNotes';
import { getAt, type PlacedProblems, sameValue, segmentsOf } from './policyDiff';
import type { PolicyField, PolicyGroup, PolicySection } from './policyFields';
import { fieldText, PolicyFieldInput } from './PolicyFieldInput';
import { policyFieldName, policyProblemText } from './policyProblemText';
import { RuleTag } from './PolicyTree';

interface Props {
  values: unknown;
  sections: PolicySection[];
  /** The preset's values, to mark what differs from it; undefined while loading. */
  preset: unknown;
  placed: PlacedProblems;
  onChange: (pointer: string, value: unknown) => void;
}

const problemTexts = (t: TFunction, lang: string, problems: PolicyProblem[] = []) => problems.map((p) => policyProblemText(t, lang, p));

/** The group's name below its section (案件时限分类 › 一般问题 → 一般问题). */
function groupTitle(t: TFunction, lang: string, pointer: string, values: unknown): string {
  return policyFieldName(t, lang, pointer, values).split(' › ').slice(1).join(' › ');
}

function FieldItem({ field, group, ...p }: Omit<Props, 'sections'> & { field: PolicyField; group: PolicyGroup }) {
  const { t, i18n } = useTranslation();
  const value = getAt(p.values, field.pointer);
  const presetValue = getAt(p.preset, field.pointer);
  const changed = p.preset !== undefined && !sameValue(value, presetValue);
  const problems = problemTexts(t, i18n.language, p.placed.byPointer.get(field.pointer));
  const last = segmentsOf(group.pointer).at(-1) ?? '';
  // a group holding one value (a flag, a share) is named by the group itself
  const single = field.key === 'value' && group.fields.length === 1;
  const name = single ? groupName(t, i18n.language, last, getAt(p.values, group.pointer)) : keyLabel(t, field.key);
  const label = (
    <span className="gw-policy-label">
      {name}
      {field.rule && (
        <Tag color="geekblue" className="gw-rule-tag" data-testid="field-rule">
          {field.rule}
        </Tag>
      )}
      {changed && (
        <Tag color="orange" className="gw-rule-tag" data-testid="field-changed">
          {t('policyForm.changedFromPreset', { value: fieldText(t, i18n.language, field, presetValue) })}
        </Tag>
      )}
    </span>
  );
  return (
    <div data-testid={`policy-field-${field.pointer}`}>
      <Form.Item
        label={label}
        validateStatus={problems.length ? 'error' : undefined}
        help={problems.length ? problems.join('；') : undefined}
        className="gw-policy-field"
      >
        <PolicyFieldInput
          field={field}
          value={value}
          onChange={(v) => p.onChange(field.pointer, v)}
          status={problems.length ? 'error' : undefined}
        />
      </Form.Item>
    </div>
  );
}

function GroupBlock({ group, sectionPointer, ...p }: Omit<Props, 'sections'> & { group: PolicyGroup; sectionPointer: string }) {
  const { t, i18n } = useTranslation();
  // the section's own values and single values carry their name and rule tag on the panel or the field
  const single = group.fields.length === 1 && group.fields[0].key === 'value';
  const title = group.pointer === sectionPointer || single ? '' : groupTitle(t, i18n.language, group.pointer, p.values);
  const problems = problemTexts(t, i18n.language, p.placed.byPointer.get(group.pointer));
  return (
    <div className="gw-policy-group" data-testid={`policy-group-${group.pointer}`}>
      {title && (
        <div className="gw-policy-group-title">
          <b>{title}</b> <RuleTag rule={group.rule} see={group.see} />
        </div>
      )}
      {group.note && <div className="gw-muted gw-policy-note">{noteText(i18n.language, group.note)}</div>}
      {problems.map((text) => (
        <div key={text} className="ant-form-item-explain-error">
          {text}
        </div>
      ))}
      <div className="gw-policy-form-fields">
        {group.fields.map((f) => (
          <FieldItem key={f.pointer} field={f} group={group} {...p} />
        ))}
      </div>
    </div>
  );
}

/** The sections holding a problem (to open them), and the count per section. */
function problemCounts(sections: PolicySection[], placed: PlacedProblems): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [pointer, list] of placed.byPointer) {
    const section = sections.find((s) => pointer === s.pointer || pointer.startsWith(`${s.pointer}/`));
    if (section) counts.set(section.key, (counts.get(section.key) ?? 0) + list.length);
  }
  return counts;
}

export function PolicyForm({ sections, ...p }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string[]>(() => sections.slice(0, 1).map((s) => s.key));
  const counts = useMemo(() => problemCounts(sections, p.placed), [sections, p.placed]);
  const withProblems = [...counts.keys()].join(',');
  useEffect(() => {
    if (withProblems) setOpen((keys) => [...new Set([...keys, ...withProblems.split(',')])]);
  }, [withProblems]);
  const items = sections.map((s) => ({
    key: s.key,
    forceRender: true,
    label: (
      <span data-testid={`policy-panel-${s.key}`}>
        <b>{keyLabel(t, s.key)}</b> <RuleTag rule={ruleOf(getAt(p.values, s.pointer))} see={seeOf(getAt(p.values, s.pointer))} />
        {counts.get(s.key) ? <Tag color="red">{t('policyForm.problemCount', { count: counts.get(s.key) })}</Tag> : null}
      </span>
    ),
    children: s.groups.map((g) => <GroupBlock key={g.pointer} group={g} sectionPointer={s.pointer} {...p} />),
  }));
  return (
    <div data-testid="policy-form">
      <Form layout="vertical" component="div" className="gw-policy-form">
        <Collapse activeKey={open} onChange={(keys) => setOpen(keys as string[])} items={items} />
      </Form>
    </div>
  );
}
