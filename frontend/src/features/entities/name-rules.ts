import * as z from 'zod/mini';
import { t } from '@/lib/i18n';

export const NAME_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

export const SYSTEM_NAMES = [
  'id',
  'version',
  'position',
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
  'deleted',
];

// PostgreSQL's reserved key words (SQL key words appendix, "reserved" in PostgreSQL).
const SQL_RESERVED = `all analyse analyze and any array as asc asymmetric authorization binary both
case cast check collate collation column concurrently constraint create cross current_catalog
current_date current_role current_schema current_time current_timestamp current_user default
deferrable desc distinct do else end except false fetch for foreign freeze from full grant group
having ilike in initially inner intersect into is isnull join lateral leading left like limit
localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing
primary references returning right select session_user similar some symmetric system_user table
tablesample then to trailing true union unique user using variadic verbose when where window with`
  .split(/\s+/)
  .filter(Boolean);

const RESERVED = new Set([...SYSTEM_NAMES, ...SQL_RESERVED]);

/** The naming rules in words, in the user's language. */
export const nameRules = () => t('names.rules');

export function nameProblem(name: string): { code: string; message: string } | null {
  if (name === '') return { code: 'required', message: t('names.required') };
  if (!NAME_PATTERN.test(name)) {
    if (name.length > 63) return { code: 'invalid_name', message: t('names.tooLong') };
    if (/[A-Z]/.test(name)) return { code: 'invalid_name', message: t('names.lowerCase') };
    if (/\s/.test(name)) return { code: 'invalid_name', message: t('names.noSpaces') };
    if (!/^[a-z]/.test(name)) {
      return { code: 'invalid_name', message: t('names.startLetter') };
    }
    return { code: 'invalid_name', message: t('names.charset') };
  }
  if (RESERVED.has(name)) return { code: 'reserved_name', message: t('names.reserved', { name }) };
  return null;
}

export const nameSchema = z.string().check(
  z.superRefine((name, ctx) => {
    const problem = nameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: problem });
  }),
);
