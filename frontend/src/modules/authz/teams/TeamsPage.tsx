import { ApartmentOutlined, DeleteOutlined, EditOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorMessage } from '../../../lib/errors';
import { actionMessage } from '../errors';
import { AssignModal } from './AssignModal';
import { AuthzDeleteTeamMutation, AuthzTeamsQuery } from './operations';
import { TeamModal, type TeamEdit } from './TeamModal';
import { buildTeamTree, teamPath, type TeamNode } from './tree';

/** Admin → Teams: the department tree that "team" and "team and sub-teams" data scopes follow. */
export default function TeamsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AuthzTeamsQuery, requestPolicy: 'cache-and-network' });
  const [, deleteTeam] = useMutation(AuthzDeleteTeamMutation);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [edit, setEdit] = useState<TeamEdit | null>(null);
  const [assigning, setAssigning] = useState(false);

  const teams = data?.teams ?? [];
  const selected = teams.find((x) => x.id === selectedId) ?? null;

  function toNode({ team, children }: TeamNode): TreeDataNode {
    return {
      key: team.id,
      title: (
        <Flex gap={6} align="center" wrap>
          <span data-testid={`team-node-${team.name}`}>{team.name}</span>
          {team.members.length > 0 && (
            <Tag bordered={false}>{t('authz.teams.memberCount', { count: team.members.length })}</Tag>
          )}
        </Flex>
      ),
      children: children.map(toNode),
    };
  }

  function done(saved?: string) {
    setEdit(null);
    setAssigning(false);
    if (saved) {
      void message.success(saved);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  async function onDelete(id: string, name: string) {
    const result = await deleteTeam({ id });
    if (result.error) return void message.error(actionMessage(t, result.error));
    void message.success(t('authz.teams.deleted', { name }));
    setSelectedId(null);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('authz.teams.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button icon={<UserAddOutlined />} data-testid="team-assign" onClick={() => setAssigning(true)}>
            {t('authz.teams.assign')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="team-create"
            onClick={() => setEdit({ kind: 'create', parentId: null })}
          >
            {t('authz.teams.create')}
          </Button>
        </Flex>
      </Flex>
      <FormError message={error ? errorMessage(t, error) : null} />
      <Flex gap={16} wrap align="start">
        <Card title={t('authz.teams.tree')} loading={fetching && !data} style={{ flex: '1 1 300px', minWidth: 0 }}>
          {teams.length === 0 ? (
            <Empty description={t('authz.teams.empty')} />
          ) : (
            <Tree
              showLine
              blockNode
              data-testid="team-tree"
              treeData={buildTeamTree(teams).map(toNode)}
              expandedKeys={teams.map((x) => x.id).filter((id) => !collapsed.has(id))}
              onExpand={(_, { expanded, node }) => {
                const next = new Set(collapsed);
                if (expanded) next.delete(String(node.key));
                else next.add(String(node.key));
                setCollapsed(next);
              }}
              selectedKeys={selectedId ? [selectedId] : []}
              // Clicking the selected team again keeps it selected: the details panel should not blink away.
              onSelect={(_, { node }) => setSelectedId(String(node.key))}
            />
          )}
        </Card>
        <Card
          title={selected ? teamPath(teams, selected.id) : t('authz.teams.details')}
          style={{ flex: '1 1 300px', minWidth: 0 }}
          data-testid="team-details"
        >
          {selected ? (
            <Flex vertical gap={12}>
              <div>
                <Typography.Text type="secondary">{t('authz.teams.members')}</Typography.Text>
                <Flex gap={4} wrap style={{ marginTop: 4 }} data-testid="team-members">
                  {selected.members.length === 0
                    ? <Typography.Text type="secondary">—</Typography.Text>
                    : selected.members.map((m) => <Tag key={m}>{m}</Tag>)}
                </Flex>
              </div>
              <Flex gap={8} wrap>
                <Button icon={<ApartmentOutlined />} data-testid="team-add-child" onClick={() => setEdit({ kind: 'create', parentId: selected.id })}>
                  {t('authz.teams.addChild')}
                </Button>
                <Button icon={<EditOutlined />} data-testid="team-edit" onClick={() => setEdit({ kind: 'edit', team: selected })}>
                  {t('authz.teams.edit')}
                </Button>
                <Button icon={<UserAddOutlined />} data-testid="team-assign-here" onClick={() => setAssigning(true)}>
                  {t('authz.teams.assign')}
                </Button>
                <Popconfirm
                  title={t('authz.teams.confirmDelete', { name: selected.name })}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  okButtonProps={{ danger: true, 'data-testid': 'confirm-ok' }}
                  onConfirm={() => onDelete(selected.id, selected.name)}
                >
                  <Button danger icon={<DeleteOutlined />} data-testid="team-delete">
                    {t('authz.teams.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('authz.teams.pick')}</Typography.Text>
          )}
        </Card>
      </Flex>
      {edit && <TeamModal edit={edit} teams={teams} onClose={done} />}
      {assigning && <AssignModal teams={teams} teamId={selectedId} onClose={done} />}
    </Flex>
  );
}
