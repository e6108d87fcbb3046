import { Typography, theme } from 'antd';
import { segments } from '../mentions/tokens';

/** A comment body with its @mentions highlighted; plain text stays text (React escapes it). */
export function CommentText({ body, testId }: { body: string; testId?: string }) {
  const { token } = theme.useToken();
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }} data-testid={testId}>
      {segments(body).map((s, i) =>
        s.kind === 'text' ? (
          <span key={i}>{s.text}</span>
        ) : (
          <Typography.Text key={i} strong style={{ color: token.colorPrimary }} data-testid={`mention-${s.id}`}>
            @{s.name}
          </Typography.Text>
        ),
      )}
    </Typography.Paragraph>
  );
}
