import { describe, expect, it } from 'vitest';
import { fieldPath } from './errors';

describe('fieldPath', () => {
  const known = ['title', 'ownerId', 'products', 'stages'];

  it('places list rows under their row and column', () => {
    expect(fieldPath('products.2.price', known)).toEqual(['products', 2, 'price']);
    expect(fieldPath('stages.0.name_en', known)).toEqual(['stages', 0, 'nameEn']);
    expect(fieldPath('stages.1.nameZh', known)).toEqual(['stages', 1, 'nameZh']);
  });

  it('places plain fields, camel-casing snake_case, and gives up on unknown ones', () => {
    expect(fieldPath('owner_id', known)).toBe('ownerId');
    expect(fieldPath('title', known)).toBe('title');
    expect(fieldPath('stages', known)).toBe('stages');
    expect(fieldPath('perColumn', known)).toBeNull();
    expect(fieldPath('contacts.0.name', known)).toBeNull();
  });
});
