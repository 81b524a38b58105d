/**
 * Open311 clients (issue 3, item 9), for administrators: the clients and their service areas, a new
 * client's key shown once with a copy button (the server keeps only its SHA-256), and deactivation.
 */
import { App, Button, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { open311Api, OPEN311_REGION_TYPES, type CreatedOpen311Client, type Open311Client } from '../../api/open311';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';

function CreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (c: CreatedOpen311Client) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; regionId: Id }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      onCreated(await open311Api.create({ name: values.name.trim(), regionId: values.regionId }));
      form.resetFields();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('open311.create')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'open311-create-submit' } as Record<string, string>}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="name"
          label={t('open311.name')}
          rules={[{ required: true, whitespace: true, max: 100, message: t('common.required') }]}
        >
          <Input maxLength={100} data-testid="open311-name" />
        </Form.Item>
        <Form.Item name="regionId" label={t('open311.region')} rules={[{ required: true, message: t('common.required') }]}>
          <RegionPicker types={OPEN311_REGION_TYPES} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function KeyModal({ client, onClose }: { client: CreatedOpen311Client | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={client !== null}
      title={`${t('open311.keyTitle')} · ${client?.name ?? ''}`}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="open311-key-done">
          {t('open311.done')}
        </Button>
      }
    >
      <Typography.Paragraph type="warning">{t('open311.keyOnce')}</Typography.Paragraph>
      {client && (
        <Typography.Paragraph
          code
          copyable={{ text: client.key, tooltips: [t('open311.copy'), t('open311.copied')] }}
          className="gw-mono"
          data-testid="open311-key"
        >
          {client.key}
        </Typography.Paragraph>
      )}
    </Modal>
  );
}

export default function Open311ClientsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const list = useAsync((signal) => open311Api.list(signal), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedOpen311Client | null>(null);

  const revoke = async (c: Open311Client) => {
    try {
      await open311Api.deactivate(c.id);
      message.success(t('open311.revoked'));
      list.reload();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  return (
    <div className="gw-page" data-testid="open311-page">
      <PageHeader
        title={t('open311.title')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="open311-create">
            {t('open311.create')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('open311.help')}</Typography.Paragraph>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Table<Open311Client>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('open311.empty') }}
        onRow={(c) =>
          ({ 'data-testid': 'open311-row', 'data-client-id': c.id, 'data-active': c.active }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('open311.name'), dataIndex: 'name' },
          { title: t('open311.region'), dataIndex: 'regionName' },
          { title: t('open311.actingUser'), dataIndex: 'actingUsername', render: (v: string) => <span className="gw-mono">{v}</span> },
          { title: t('open311.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
          {
            title: t('open311.status'),
            dataIndex: 'active',
            render: (v: boolean) => (v ? <Tag color="green">{t('open311.active')}</Tag> : <Tag>{t('open311.inactive')}</Tag>),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) =>
              c.active && (
                <Popconfirm
                  title={t('open311.revokeConfirm', { name: c.name })}
                  onConfirm={() => revoke(c)}
                  okButtonProps={{ danger: true }}
                >
                  <Button size="small" danger data-testid="open311-revoke">
                    {t('open311.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <CreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          setCreated(c);
          list.reload();
        }}
      />
      <KeyModal client={created} onClose={() => setCreated(null)} />
    </div>
  );
}
