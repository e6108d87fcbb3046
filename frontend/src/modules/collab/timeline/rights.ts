import { hasPerm, Perm } from '../../../lib/permissions';

/** What the viewer may do on a timeline, by the server's permission names (it refuses anyway). */
export interface Rights {
  meId: string;
  /** activities.write: log, comment, complete tasks, edit and delete their own entries. */
  write: boolean;
  /** customers.delete: remove anyone's activities and comments (within the customer's scope). */
  deleteAny: boolean;
}

export function rightsOf(me: { id: string; permissions: readonly string[] }): Rights {
  return {
    meId: me.id,
    write: hasPerm(me.permissions, Perm.ACTIVITIES_WRITE),
    deleteAny: hasPerm(me.permissions, Perm.CUSTOMERS_DELETE),
  };
}
