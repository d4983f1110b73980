import { describe, expect, it } from 'vitest';
import { EMPTY_FIELD_FORM, fieldFormProblems, fieldSpecSchema, type FieldForm } from './field-spec';

const form = (values: Partial<FieldForm>): FieldForm => ({ ...EMPTY_FIELD_FORM, ...values });

describe('add-field form', () => {
  it('builds a spec with only the rules its type allows', () => {
    const spec = fieldSpecSchema.parse(
      form({ name: 'qty', type: 'INTEGER', required: true, min: '0', max: '500', maxLength: '9' }),
    );
    expect(spec).toEqual({
      name: 'qty',
      type: 'INTEGER',
      required: true,
      unique: false,
      min: 0,
      max: 500,
    });
  });

  it('sends options, reference and a typed default value', () => {
    expect(
      fieldSpecSchema.parse(
        form({ name: 'status', type: 'ENUM', options: 'open\n closed \n\n', defaultValue: 'open' }),
      ),
    ).toMatchObject({ options: ['open', 'closed'], defaultValue: 'open' });
    expect(
      fieldSpecSchema.parse(form({ name: 'owner', type: 'REFERENCE', reference: 'e-1' })),
    ).toEqual({ name: 'owner', type: 'REFERENCE', required: false, reference: 'e-1' });
    expect(
      fieldSpecSchema.parse(form({ name: 'n', type: 'INTEGER', defaultValue: '42' })).defaultValue,
    ).toBe(42);
    expect(
      fieldSpecSchema.parse(form({ name: 'b', type: 'BOOLEAN', defaultValue: 'true' }))
        .defaultValue,
    ).toBe(true);
  });

  it('finds every contradiction before sending', () => {
    expect(fieldFormProblems(form({ name: 'Bad', type: '' }))).toEqual({
      name: 'Use lower case only',
      type: 'Choose a type',
    });
    expect(
      fieldFormProblems(form({ name: 'qty', type: 'INTEGER', min: '10', max: '1' })),
    ).toMatchObject({ max: 'Max must not be less than min' });
    expect(fieldFormProblems(form({ name: 's', type: 'ENUM', options: 'a\na' }))).toMatchObject({
      options: 'Options must be distinct',
    });
    expect(fieldFormProblems(form({ name: 's', type: 'ENUM' }))).toMatchObject({
      options: 'Give at least one option',
    });
    expect(fieldFormProblems(form({ name: 't', type: 'TEXT', pattern: '(' }))).toMatchObject({
      pattern: 'Not a valid regular expression',
    });
    expect(fieldFormProblems(form({ name: 'r', type: 'REFERENCE' }))).toMatchObject({
      reference: 'Choose an entity',
    });
    expect(
      fieldFormProblems(form({ name: 'd', type: 'DECIMAL', precision: '2', scale: '3' })),
    ).toMatchObject({ scale: 'Scale cannot exceed the precision' });
    expect(
      fieldFormProblems(form({ name: 't', type: 'TEXT', maxLength: '3', defaultValue: 'abcd' })),
    ).toMatchObject({ defaultValue: 'Must be at most 3 characters' });
  });
});
