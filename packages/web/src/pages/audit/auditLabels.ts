/** The label of an audit action or entity (`case.accept` → 受理案件); dots become `_` in the i18n keys. */
import type { TFunction } from 'i18next';

const key = (code: string) => code.replace(/\./g, '_');

export const auditActionLabel = (t: TFunction, action: string): string => t(`audit.actions.${key(action)}`, { defaultValue: action });

export const auditEntityLabel = (t: TFunction, entity: string): string => t(`audit.entities.${key(entity)}`, { defaultValue: entity });
