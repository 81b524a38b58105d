/**
 * The fields of a diary entry (A5.3): when, where, who and what happened first, large for a phone;
 * background, cause, suggestions, solution, outcome and reflection folded under "more".
 */
import { Collapse, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { DIARY_DETAIL_FIELDS, type DiaryDetailField } from '../../api/diaries';

export type DiaryDetails = Partial<Record<DiaryDetailField, string>>;

export interface DiaryTextValues extends DiaryDetails {
  place: string;
  people: string;
  content: string;
}

/** Trimmed text, empty as null (the API's optional fields). */
export function detailsOf(v: DiaryDetails): Record<DiaryDetailField, string | null> {
  return Object.fromEntries(DIARY_DETAIL_FIELDS.map((f) => [f, v[f]?.trim() || null])) as Record<DiaryDetailField, string | null>;
}

export function DiaryFields({ openDetails = false }: { openDetails?: boolean }) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <>
      <div className="gw-two-cols">
        <Form.Item name="place" label={t('diaries.fields.place')} rules={required}>
          <Input maxLength={200} placeholder={t('diaries.fields.placeHint')} data-testid="diary-form-place" />
        </Form.Item>
        <Form.Item name="people" label={t('diaries.fields.people')} rules={required}>
          <Input maxLength={500} placeholder={t('diaries.fields.peopleHint')} data-testid="diary-form-people" />
        </Form.Item>
      </div>
      <Form.Item name="content" label={t('diaries.fields.content')} rules={required}>
        <Input.TextArea
          autoSize={{ minRows: 5, maxRows: 14 }}
          maxLength={4000}
          showCount
          placeholder={t('diaries.fields.contentHint')}
          data-testid="diary-form-content"
        />
      </Form.Item>
      <Collapse
        ghost
        className="gw-diary-more"
        defaultActiveKey={openDetails ? ['more'] : []}
        items={[
          {
            key: 'more',
            label: <span data-testid="diary-form-more">{t('diaries.fields.more')}</span>,
            forceRender: true,
            children: DIARY_DETAIL_FIELDS.map((f) => (
              <Form.Item key={f} name={f} label={t(`diaries.fields.${f}`)}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid={`diary-form-${f}`} />
              </Form.Item>
            )),
          },
        ]}
      />
    </>
  );
}
