import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import i18n from './i18n';
import { fieldErrorText, problemTitle } from './problem-text';

describe('problem text', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('shows a problem by its code in the chosen language', async () => {
    await i18n.changeLanguage('es');
    const error = new ApiError(409, {
      type: 'https://metabuilder.dev/problems/conflict',
      title: 'Conflict',
    });
    expect(problemTitle(error)).toBe('Conflicto con los datos actuales');
    expect(fieldErrorText({ code: 'duplicate', message: 'Another record has this value.' })).toBe(
      'Otro registro ya tiene este valor',
    );
  });

  it("falls back to the server's own words for a code it does not know", () => {
    expect(fieldErrorText({ code: 'brand_new', message: 'Something new.' })).toBe('Something new.');
    const error = new ApiError(418, { type: 'https://x/teapot', title: 'I am a teapot' });
    expect(problemTitle(error)).toBe('I am a teapot');
  });
});
