import type { UsersQuery } from '../../../graphql/graphql';

export type UserRow = UsersQuery['users']['items'][number];
