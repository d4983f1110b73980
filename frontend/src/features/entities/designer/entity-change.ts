import * as z from 'zod/mini';
import type { EntityChange, EntityDetail } from '../api';
import { nameSchema } from '../name-rules';

export const detailsSchema = z.object({
  name: nameSchema,
  displayName: z.string().check(z.trim()),
  description: z.string().check(z.trim()),
});

export type Details = z.infer<typeof detailsSchema>;

/** Only what changed; a cleared label or description is sent as null. */
export function entityChange(entity: EntityDetail, values: Details): EntityChange {
  const change: EntityChange = {};
  if (values.name !== entity.name) change.name = values.name;
  if (values.displayName !== (entity.displayName ?? '')) {
    change.displayName = values.displayName || null;
  }
  if (values.description !== (entity.description ?? '')) {
    change.description = values.description || null;
  }
  return change;
}
