import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formPath, rawFieldProblems } from './errors';

const FORM = ['name', 'phones', 'emails', 'idNumber', 'custom'];

describe('server problems on form fields', () => {
  it('maps list items, custom fields and snake_case names to form paths', () => {
    expect(formPath('name', FORM)).toBe('name');
    expect(formPath('phones.1', FORM)).toEqual(['phones', 1]);
    expect(formPath('phones', FORM)).toBe('phones');
    expect(formPath('id_number', FORM)).toBe('idNumber');
    expect(formPath('customFields.vip_level', FORM)).toEqual(['custom', 'vip_level']);
  });

  it('leaves fields the form does not have for the alert', () => {
    expect(formPath('ownerId', FORM)).toBeNull();
    expect(formPath('customFields.x', ['name'])).toBeNull();
  });

  it('reads field names untouched (custom keys keep their underscores)', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields: { 'customFields.vip_level': ['REQUIRED'], name: ['INVALID_LENGTH', 5] } } }),
      ],
    });
    expect(rawFieldProblems(error)).toEqual({ 'customFields.vip_level': ['REQUIRED'], name: ['INVALID_LENGTH'] });
  });
});
