import { App, Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionError } from '../errors';
import { CollabCompleteTaskMutation } from './operations';

/** A task's done box: ticking it completes the task, unticking opens it again. */
export function TaskCheck({ task, disabled, onChanged }: { task: { id: string; done: boolean }; disabled?: boolean; onChanged?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ fetching }, complete] = useMutation(CollabCompleteTaskMutation);

  async function toggle(done: boolean) {
    const result = await complete({ id: task.id, done });
    if (result.error) return void message.error(actionError(t, result.error));
    void message.success(t(done ? 'collab.task.completed' : 'collab.task.reopened'));
    onChanged?.();
  }

  return (
    <Checkbox
      checked={task.done}
      disabled={disabled || fetching}
      onChange={(e) => void toggle(e.target.checked)}
      data-testid={`task-done-${task.id}`}
    >
      {t('collab.task.done')}
    </Checkbox>
  );
}
