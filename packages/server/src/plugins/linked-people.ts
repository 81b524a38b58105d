import { can } from '@gridwork/core';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { getUserInScope } from '../modules/users/users.service';
import { findActiveActors } from '../modules/users/users.repository';
import { fieldIdsInScope } from './scope-check';

/**
 * People named in a request's body (a case's new handler or transfer target, a visit's visitors),
 * checked in `preValidation` like any other id (contract order: 404 before 400 and 403): someone the
 * caller cannot know is 404. The caller knows the people of their scope, and those whose area covers
 * the record the link is about (the workstation staff above a grid worker, for a case of the grid).
 * Whether such a person may take the link is for the service to say afterwards.
 *
 * `pathOf` gives the region path of that record (null when it cannot be told yet: then only the
 * caller's scope counts).
 */
export function peopleInScope(ctx: AppContext, keys: readonly string[], pathOf: (req: FastifyRequest) => Promise<number[] | null>) {
  return async (req: FastifyRequest): Promise<void> => {
    let path: number[] | null | undefined;
    await fieldIdsInScope('body', keys, async (actor, id) => {
      path = path === undefined ? await pathOf(req) : path;
      const person = path ? (await findActiveActors(ctx.db, [id])).get(id) : undefined;
      if (person && path && can(person, 'region.read', { path })) return;
      await getUserInScope(ctx, actor, id);
    })(req);
  };
}
