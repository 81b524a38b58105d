/**
 * The author corrects their entry (until it is selected excellent); the version guards against a stale
 * copy. Photos are added right away (they are not part of the version).
 */
import { App, Form, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIARY_DETAIL_FIELDS, diariesApi, type Diary } from '../../api/diaries';
import type { PhotoMeta } from '../../api/photos';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyFieldErrors } from '../households/householdFormat';
import { DiaryFields, detailsOf, type DiaryTextValues } from './DiaryFields';
import { DiaryPhotoEditor } from './DiaryPhotos';

const FIELDS = ['place', 'people', 'content', ...DIARY_DETAIL_FIELDS] as const;

export function DiaryEditModal({
  diary,
  open,
  photos,
  onPhotosChanged,
  onClose,
  onSaved,
}: {
  diary: Diary;
  open: boolean;
  photos: readonly PhotoMeta[];
  onPhotosChanged: () => void;
  onClose: () => void;
  onSaved: (d: Diary) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DiaryTextValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      place: diary.place,
      people: diary.people,
      content: diary.content,
      ...Object.fromEntries(DIARY_DETAIL_FIELDS.map((f) => [f, diary[f] ?? ''])),
    });
  }, [open, diary, form]);

  const save = async (v: DiaryTextValues) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await diariesApi.update(diary.id, {
        expectedVersion: diary.version,
        place: v.place.trim(),
        people: v.people.trim(),
        content: v.content.trim(),
        ...detailsOf(v),
      });
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS, t)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('diaries.entry.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'diary-edit-submit' }}
      forceRender
      width={720}
    >
      <Form<DiaryTextValues> form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <DiaryFields openDetails={DIARY_DETAIL_FIELDS.some((f) => diary[f])} />
        {open && <DiaryPhotoEditor diaryId={diary.id} photos={photos} onChanged={onPhotosChanged} />}
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
