import * as z from 'zod/mini';
import { compareDecimal, isDecimalText } from '@/features/records/decimal';
import { parseFieldValue } from '@/features/records/field-values';
import { RawJson } from '@/features/records/record-body';
import { FIELD_TYPES, type Field, type FieldSpec, type FieldType } from './api';
import { t } from '@/lib/i18n';
import { allows } from './field-rules';
import { nameProblem } from './name-rules';

export const fieldFormSchema = z.object({
  name: z.string(),
  type: z.union([z.enum(FIELD_TYPES), z.literal('')]),
  displayName: z.string(),
  required: z.boolean(),
  unique: z.boolean(),
  defaultValue: z.string(),
  min: z.string(),
  max: z.string(),
  maxLength: z.string(),
  pattern: z.string(),
  /** One option per line. */
  options: z.string(),
  reference: z.string(),
  precision: z.string(),
  scale: z.string(),
});

export type FieldForm = z.infer<typeof fieldFormSchema>;

export const EMPTY_FIELD_FORM: FieldForm = {
  name: '',
  type: '',
  displayName: '',
  required: false,
  unique: false,
  defaultValue: '',
  min: '',
  max: '',
  maxLength: '',
  pattern: '',
  options: '',
  reference: '',
  precision: '',
  scale: '',
};

type Problems = Partial<Record<keyof FieldForm, string>>;

const MAX_PRECISION = 1000;

const positiveInt = (text: string) => /^\d+$/.test(text.trim()) && Number(text) > 0;
const optionList = (text: string) =>
  text
    .split('\n')
    .map((option) => option.trim())
    .filter(Boolean);

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** The spec a form describes, with only the rules its type allows. */
export function toFieldSpec(form: FieldForm): FieldSpec {
  const type = form.type as FieldType;
  const spec: FieldSpec = { name: form.name, type, required: form.required };
  if (form.displayName.trim()) spec.displayName = form.displayName.trim();
  if (allows(type, 'unique')) spec.unique = form.unique;
  if (allows(type, 'minMax') && form.min.trim()) spec.min = Number(form.min);
  if (allows(type, 'minMax') && form.max.trim()) spec.max = Number(form.max);
  if (allows(type, 'maxLength') && form.maxLength.trim()) spec.maxLength = Number(form.maxLength);
  if (allows(type, 'pattern') && form.pattern) spec.pattern = form.pattern;
  if (allows(type, 'options')) spec.options = optionList(form.options);
  if (allows(type, 'reference')) spec.reference = form.reference;
  if (allows(type, 'precisionScale') && form.precision.trim()) {
    spec.precision = Number(form.precision);
  }
  if (allows(type, 'precisionScale') && form.scale.trim()) spec.scale = Number(form.scale);
  return spec;
}

function checkNumbers(form: FieldForm, problems: Problems): void {
  const isNumber = (text: string) =>
    form.type === 'INTEGER' ? /^[+-]?\d+$/.test(text) : isDecimalText(text);
  for (const key of ['min', 'max'] as const) {
    const text = form[key].trim();
    if (text && !isNumber(text)) problems[key] = t('fieldSpec.enterNumber');
  }
  const { min, max } = form;
  if (!problems.min && !problems.max && min.trim() && max.trim() && compareDecimal(min, max) > 0) {
    problems.max = t('fieldSpec.maxBelowMin');
  }
  for (const key of ['maxLength', 'precision'] as const) {
    if (form[key].trim() && !positiveInt(form[key])) problems[key] = t('fieldSpec.wholeAboveZero');
  }
  if (form.scale.trim() && !/^\d+$/.test(form.scale.trim())) problems.scale = t('fieldSpec.whole');
  if (!problems.precision && Number(form.precision) > MAX_PRECISION) {
    problems.precision = t('fieldSpec.atMost', { max: MAX_PRECISION });
  }
  const { precision, scale } = form;
  if (!problems.precision && !problems.scale && precision.trim() && scale.trim()) {
    if (Number(scale) > Number(precision)) problems.scale = t('fieldSpec.scaleExceeds');
  }
}

function checkDefault(form: FieldForm, problems: Problems): FieldSpec['defaultValue'] {
  if (!allows(form.type, 'defaultValue') || form.defaultValue.trim() === '') return undefined;
  const field: Field = { ...toFieldSpec(form), id: '', required: false };
  const parsed = parseFieldValue(field, form.defaultValue);
  if (!parsed.ok) {
    problems.defaultValue = parsed.message;
    return undefined;
  }
  return parsed.value instanceof RawJson ? JSON.parse(parsed.value.text) : parsed.value;
}

/** Every problem of the form by its input, before anything is sent. */
export function fieldFormProblems(form: FieldForm): Problems {
  const problems: Problems = {};
  const name = nameProblem(form.name);
  if (name) problems.name = name.message;
  if (form.type === '') {
    problems.type = t('fieldSpec.chooseType');
    return problems;
  }
  checkNumbers(form, problems);
  if (allows(form.type, 'pattern') && form.pattern && !compiles(form.pattern)) {
    problems.pattern = t('fieldSpec.badPattern');
  }
  const options = optionList(form.options);
  if (form.type === 'ENUM' && options.length === 0) problems.options = t('fieldSpec.oneOption');
  if (new Set(options).size !== options.length) problems.options = t('fieldSpec.distinctOptions');
  if (form.type === 'REFERENCE' && !form.reference)
    problems.reference = t('fieldSpec.chooseEntity');
  checkDefault(form, problems);
  return problems;
}

/** The add-field form's schema: checks everything, outputs the spec to send. */
export const fieldSpecSchema = z.pipe(
  fieldFormSchema.check(
    z.superRefine((form, ctx) => {
      for (const [path, message] of Object.entries(fieldFormProblems(form))) {
        ctx.addIssue({ code: 'custom', path: [path], message, input: form });
      }
    }),
  ),
  z.transform((form: FieldForm): FieldSpec => {
    const spec = toFieldSpec(form);
    const defaultValue = checkDefault(form, {});
    return defaultValue === undefined ? spec : { ...spec, defaultValue };
  }),
);
