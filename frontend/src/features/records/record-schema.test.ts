import { describe, expect, it } from 'vitest';
import { serializeRecord } from './record-body';
import { recordSchema } from './record-schema';
import { field } from './test-fields';

const fields = [
  field('TEXT', { name: 'title', required: true, maxLength: 10 }),
  field('INTEGER', { name: 'qty', min: 1 }),
  field('DECIMAL', { name: 'price' }),
  field('BOOLEAN', { name: 'active' }),
  field('ENUM', { name: 'status', options: ['open', 'closed'] }),
  field('JSON', { name: 'meta' }),
];

function issuesOf(result: ReturnType<ReturnType<typeof recordSchema>['safeParse']>) {
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [
      issue.path.join('.'),
      (issue as { params?: { code?: string } }).params?.code,
    ]),
  );
}

describe('recordSchema', () => {
  it('reports every broken rule at its field', () => {
    const result = recordSchema(fields).safeParse({
      title: '',
      qty: '0',
      price: '1,5',
      active: false,
      status: 'gone',
      meta: '{',
    });
    expect(issuesOf(result)).toEqual({
      title: 'required',
      qty: 'min',
      price: 'invalid_decimal',
      status: 'not_an_option',
      meta: 'invalid_json',
    });
  });

  it('outputs the body the API expects, with exact numbers', () => {
    const result = recordSchema(fields).parse({
      title: 'Widget',
      qty: '9007199254740993',
      price: '19.990',
      active: true,
      status: 'open',
      meta: '{"tags":["a"]}',
    });
    expect(serializeRecord(result)).toBe(
      '{"title":"Widget","qty":9007199254740993,"price":"19.990","active":true,' +
        '"status":"open","meta":{"tags":["a"]}}',
    );
  });

  it('leaves empty optional fields out of the body', () => {
    const result = recordSchema(fields).parse({
      title: 'x',
      qty: '',
      price: '',
      active: false,
      status: '',
      meta: '',
    });
    expect(serializeRecord(result)).toBe('{"title":"x","active":false}');
  });
});
