import type { Field } from '@/features/entities/api';
import { SYSTEM_FIELDS, type EntityRecord } from './api';

/** How a stored value reads in the grid. */
export function formatValue(type: Field['type'] | 'SYSTEM', value: unknown): string {
  if (value === null || value === undefined) return '';
  if (type === 'BOOLEAN') return value ? 'Yes' : 'No';
  if (type === 'JSON') return JSON.stringify(value);
  if (type === 'DATETIME') {
    const time = new Date(String(value));
    return Number.isNaN(time.getTime()) ? String(value) : time.toLocaleString();
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const SYSTEM = new Set<string>(SYSTEM_FIELDS);

/** A short human label for a record: its first text value, else its id. */
export function recordLabel(record: EntityRecord): string {
  for (const [key, value] of Object.entries(record)) {
    if (!SYSTEM.has(key) && key !== 'position' && typeof value === 'string' && value.trim()) {
      return `${value} (${record.id.slice(0, 8)})`;
    }
  }
  return record.id;
}
