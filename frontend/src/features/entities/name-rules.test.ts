import { describe, expect, it } from 'vitest';
import { nameProblem } from './name-rules';

describe('nameProblem', () => {
  it.each(['name', 'order_items', 'a', 'x1_2', 'a'.repeat(63)])('accepts %s', (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it.each([
    ['', 'required'],
    ['Order', 'invalid_name'],
    ['1st', 'invalid_name'],
    ['_x', 'invalid_name'],
    ['has space', 'invalid_name'],
    [' padded', 'invalid_name'],
    ['dash-ed', 'invalid_name'],
    ['a'.repeat(64), 'invalid_name'],
    ['id', 'reserved_name'],
    ['created_at', 'reserved_name'],
    ['select', 'reserved_name'],
    ['user', 'reserved_name'],
    ['table', 'reserved_name'],
  ])('rejects %j as %s', (name, code) => {
    expect(nameProblem(name)?.code).toBe(code);
  });
});
