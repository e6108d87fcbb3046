import { Alert } from 'antd';

type AlertProps = { testId: string; type: 'error' | 'info' | 'success' | 'warning'; message: string | null };

export function FormAlert({ testId, type, message }: AlertProps) {
  if (!message) return null;
  return <Alert data-testid={testId} type={type} showIcon title={message} style={{ marginBottom: 16 }} />;
}

/** Form-level error, above the fields (`form-error` in every form). */
export function FormError({ message }: { message: string | null }) {
  return <FormAlert testId="form-error" type="error" message={message} />;
}
