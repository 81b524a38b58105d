import { can, DomainError } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { writeAudit } from '../audit/audit.repository';
import { invalidateIntakeCaches } from './case-policy';

const Code = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 40 });
const Category = Type.Object({
  code: Type.String(),
  labelZh: Type.String(),
  labelEn: Type.String(),
  defaultTier: Type.Union([Type.String(), Type.Null()]),
  defaultUnit: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  sort: Type.Integer(),
});
const CategoryBody = Type.Object(
  {
    labelZh: Type.String({ minLength: 1, maxLength: 40 }),
    labelEn: Type.String({ minLength: 1, maxLength: 60 }),
    defaultTier: Type.Union([Code, Type.Null()]),
    defaultUnit: Type.Union([Type.String({ maxLength: 80 }), Type.Null()]),
    active: Type.Boolean(),
    sort: Type.Integer({ minimum: 0, maximum: 10_000 }),
  },
  { additionalProperties: false },
);

/** The case taxonomy (contract default list; editable: the seed's lists end in 等). */
export function categoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['cases'];
  app.get('/api/v1/case-categories', { schema: { tags, response: { 200: Type.Array(Category) } } }, async () => {
    const rows = await ctx.db.selectFrom('case_categories').selectAll().orderBy('sort').orderBy('code').execute();
    return rows.map((r) => ({
      code: r.code,
      labelZh: r.label_zh,
      labelEn: r.label_en,
      defaultTier: r.default_tier,
      defaultUnit: r.default_unit,
      active: r.active,
      sort: r.sort,
    }));
  });

  app.put<{ Params: { code: string }; Body: Static<typeof CategoryBody> }>(
    '/api/v1/case-categories/:code',
    {
      schema: {
        tags,
        params: Type.Object({ code: Code }),
        body: CategoryBody,
        response: { 200: Category, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'taxonomy.edit', null)) throw new DomainError('FORBIDDEN', 'only an administrator edits the case categories');
      const b = req.body;
      const row = {
        code: req.params.code,
        label_zh: b.labelZh,
        label_en: b.labelEn,
        default_tier: b.defaultTier,
        default_unit: b.defaultUnit,
        active: b.active,
        sort: b.sort,
      };
      await ctx.db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('case_categories').selectAll().where('code', '=', row.code).executeTakeFirst();
        await trx
          .insertInto('case_categories')
          .values(row)
          .onConflict((oc) => oc.column('code').doUpdateSet(row))
          .execute();
        await writeAudit(trx, {
          actorId: actor.id,
          action: 'case-category.save',
          entity: 'case-category',
          entityId: row.code,
          before: before ?? null,
          after: row,
          requestId: req.id,
        });
      });
      invalidateIntakeCaches(ctx);
      return { code: row.code, ...b };
    },
  );
}
