import { Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormAlert } from '../../../components/FormAlert';
import type { ActivityKind } from '../../../graphql/graphql';
import { splitProblems } from '../errors';
import { AssigneeSelect, ME } from '../mentions/AssigneeSelect';
import { CollabLogActivityMutation } from './operations';

interface Values {
  subject?: string;
  body?: string;
  occurredAt?: Dayjs | null;
  dueAt?: Dayjs | null;
  remindAt?: Dayjs | null;
  assigneeId?: string;
}

const FIELDS = ['subject', 'body', 'occurredAt', 'dueAt', 'remindAt', 'assigneeId'];

/** A new task is due at the end of today's working day unless the user picks another time. */
export function defaultDue(now: Dayjs = dayjs()): Dayjs {
  return now.hour(18).minute(0).second(0).millisecond(0);
}

function iso(value: Dayjs | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

/** Log a note, call or meeting, or create a task (due date, reminder, assignee) on a customer. */
export function ActivityForm({ customerId, kind, onLogged }: { customerId: string; kind: ActivityKind; onLogged: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, log] = useMutation(CollabLogActivityMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const isTask = kind === 'TASK';
  const timed = kind === 'CALL' || kind === 'MEETING';
  const prefix = `activity-${kind.toLowerCase()}`;

  async function onFinish(values: Values) {
    setProblem(null);
    const result = await log({
      input: {
        customerId,
        kind,
        subject: values.subject?.trim() ?? '',
        body: values.body?.trim() ?? '',
        ...(timed ? { occurredAt: iso(values.occurredAt) } : {}),
        ...(isTask
          ? {
              dueAt: iso(values.dueAt),
              remindAt: iso(values.remindAt),
              assigneeId: values.assigneeId && values.assigneeId !== ME ? values.assigneeId : null,
            }
          : {}),
      },
    });
    if (result.error) {
      const { byField, other } = splitProblems(t, result.error, FIELDS);
      form.setFields(Object.entries(byField).map(([name, errors]) => ({ name: name as keyof Values, errors })));
      return setProblem(other);
    }
    form.resetFields();
    onLogged();
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void onFinish(v)}
      initialValues={{ occurredAt: timed ? dayjs() : null, dueAt: isTask ? defaultDue() : null, assigneeId: ME }}
      data-testid={`${prefix}-form`}
    >
      <FormAlert testId={`${prefix}-error`} type="error" message={problem} />
      <Form.Item
        name="subject"
        label={t(isTask ? 'collab.activity.taskSubject' : 'collab.activity.subject')}
        rules={isTask ? [{ required: true, whitespace: true, message: t('form.required') }] : []}
      >
        <Input maxLength={200} data-testid={`${prefix}-subject`} />
      </Form.Item>
      <Form.Item name="body" label={t(isTask ? 'collab.activity.details' : 'collab.activity.body')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} data-testid={`${prefix}-body`} />
      </Form.Item>
      {timed && (
        <Form.Item name="occurredAt" label={t('collab.activity.occurredAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid={`${prefix}-occurred`} />
        </Form.Item>
      )}
      {isTask && (
        <>
          <Form.Item name="dueAt" label={t('collab.task.dueAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="task-due" />
          </Form.Item>
          <Form.Item name="remindAt" label={t('collab.task.remindAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="task-remind" />
          </Form.Item>
          <Form.Item name="assigneeId" label={t('collab.task.assignee')}>
            <AssigneeSelect customerId={customerId} testId="task-assignee" />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={fetching} data-testid={`${prefix}-submit`}>
        {t(isTask ? 'collab.activity.createTask' : 'collab.activity.log')}
      </Button>
    </Form>
  );
}
