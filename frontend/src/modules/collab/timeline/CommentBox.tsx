import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { splitProblems } from '../errors';
import { MentionInput } from '../mentions/MentionInput';
import { toBody, toEditable, type Person } from '../mentions/tokens';

interface Props {
  customerId: string;
  /** The comment being edited (server format, with tokens); empty for a new one. */
  initialBody?: string;
  submitLabel: string;
  testId: string;
  /** Sends the body in the server's format; resolves to the error, if any. */
  onSubmit: (body: string) => Promise<CombinedError | undefined>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A comment editor with the @mention picker; used for new comments, replies and edits. */
export function CommentBox({ customerId, initialBody = '', submitLabel, testId, onSubmit, onCancel, autoFocus }: Props) {
  const { t } = useTranslation();
  const [start] = useState(() => toEditable(initialBody));
  const [text, setText] = useState(start.text);
  const [picked, setPicked] = useState<Person[]>(start.people);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit() {
    if (!text.trim()) return setProblem(t('collab.comment.empty'));
    setBusy(true);
    const error = await onSubmit(toBody(text.trim(), picked));
    setBusy(false);
    if (error) {
      const { byField, other } = splitProblems(t, error, []);
      return setProblem(other ?? Object.values(byField).flat().join(' '));
    }
    setProblem(null);
    if (!initialBody) {
      setText('');
      setPicked([]);
    }
  }

  return (
    <Flex vertical gap={8}>
      <MentionInput
        customerId={customerId}
        value={text}
        onChange={(v) => {
          setText(v);
          if (problem) setProblem(null);
        }}
        picked={picked}
        onPickedChange={setPicked}
        placeholder={t('collab.comment.placeholder')}
        testId={`${testId}-input`}
        autoFocus={autoFocus}
        status={problem ? 'error' : undefined}
      />
      {problem && (
        <Typography.Text type="danger" data-testid={`${testId}-error`}>
          {problem}
        </Typography.Text>
      )}
      <Flex gap={8} justify="flex-end">
        {onCancel && (
          <Button onClick={onCancel} data-testid={`${testId}-cancel`}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid={`${testId}-submit`}>
          {submitLabel}
        </Button>
      </Flex>
    </Flex>
  );
}
