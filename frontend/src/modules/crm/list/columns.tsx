import { Flex, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { CrmCustomersQuery } from '../../../graphql/graphql';
import { PiiValue } from '../shared/PiiValue';
import type { useRevealers } from '../shared/reveal';
import type { FieldDef } from '../shared/settings';
import { customValueText, formatDay, kindText } from '../shared/format';

export type Row = CrmCustomersQuery['customers']['edges'][number]['node'];

/** Columns one may choose; `name` always shows. Custom fields are `cf:<key>`. */
export const BASE_COLUMNS = [
  'phone',
  'email',
  'stage',
  'level',
  'owner',
  'team',
  'tags',
  'industry',
  'source',
  'contact',
  'lastActivityAt',
  'createdAt',
  'updatedAt',
] as const;

export const DEFAULT_COLUMNS: readonly string[] = ['phone', 'stage', 'level', 'owner', 'tags', 'lastActivityAt'];

export const customColumn = (key: string) => `cf:${key}`;

type Context = {
  t: TFunction;
  stageLabel: (key: string) => string;
  defs: FieldDef[];
  defLabel: (def: FieldDef) => string;
  reveal: ReturnType<typeof useRevealers>;
};

/** The title of a column key in the user's language. */
export function columnTitle(key: string, { t, defs, defLabel }: Pick<Context, 't' | 'defs' | 'defLabel'>): string {
  if (key.startsWith('cf:')) {
    const def = defs.find((d) => customColumn(d.key) === key);
    return def ? defLabel(def) : key.slice(3);
  }
  return t(`crm.columns.${key}`);
}

function more(list: readonly string[]) {
  return list.length > 1 ? <Typography.Text type="secondary"> +{list.length - 1}</Typography.Text> : null;
}

function renderer(key: string, ctx: Context): (r: Row) => React.ReactNode {
  const { t } = ctx;
  switch (key) {
    case 'phone':
      return (r) => (
        <Flex align="center" wrap={false}>
          <PiiValue
            value={r.phones[0]}
            masked={r.piiMasked}
            testId={`phone-${r.id}`}
            fieldLabel={t('crm.fields.phone')}
            ownerName={r.name}
            reveal={ctx.reveal.customer(r.id, 'PHONE', 0)}
          />
          {more(r.phones)}
        </Flex>
      );
    case 'email':
      return (r) => (
        <Flex align="center" wrap={false}>
          <PiiValue
            value={r.emails[0]}
            masked={r.piiMasked}
            testId={`email-${r.id}`}
            fieldLabel={t('crm.fields.email')}
            ownerName={r.name}
            reveal={ctx.reveal.customer(r.id, 'EMAIL', 0)}
          />
          {more(r.emails)}
        </Flex>
      );
    case 'stage':
      return (r) => <Tag bordered={false} color="blue">{ctx.stageLabel(r.stage)}</Tag>;
    case 'level':
      return (r) => r.level;
    case 'owner':
      return (r) => <span data-testid={`owner-${r.id}`}>{r.owner?.displayName ?? t('crm.pool.none')}</span>;
    case 'team':
      return (r) => r.team?.name ?? '—';
    case 'tags':
      return (r) => (
        <Flex gap={4} wrap>
          {r.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Flex>
      );
    case 'industry':
      return (r) => r.industry || '—';
    case 'source':
      return (r) => r.source || '—';
    case 'contact':
      return (r) => r.primaryContact?.name ?? '—';
    case 'lastActivityAt':
      return (r) => formatDay(r.lastActivityAt) || '—';
    case 'createdAt':
      return (r) => formatDay(r.createdAt);
    case 'updatedAt':
      return (r) => formatDay(r.updatedAt);
    default: {
      const def = ctx.defs.find((d) => customColumn(d.key) === key);
      return (r) => {
        const v = r.customFields.find((c) => customColumn(c.key) === key);
        return customValueText(def?.type ?? 'TEXT', v?.value) || '—';
      };
    }
  }
}

/** The table's columns: the name first, then the chosen ones in the order given. */
export function buildColumns(chosen: readonly string[], ctx: Context): TableColumnsType<Row> {
  const name: TableColumnsType<Row>[number] = {
    title: ctx.t('crm.columns.name'),
    key: 'name',
    render: (_, r) => (
      <Flex vertical>
        <Link to={`/customers/${r.id}`} data-testid={`customer-link-${r.id}`}>
          <Typography.Text strong>{r.name}</Typography.Text>
        </Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {kindText(ctx.t, r.kind)}
        </Typography.Text>
      </Flex>
    ),
  };
  return [
    name,
    ...chosen.map((key) => {
      const render = renderer(key, ctx);
      return { title: columnTitle(key, ctx), key, render: (_: unknown, r: Row) => render(r) };
    }),
  ];
}
