import { describe, expect, it } from 'vitest';
import { validateScheme } from '../scheme/validate-scheme.js';
import { scheme2021 } from './scheme-2021.js';

describe('scheme2021', () => {
  it('validates', () => {
    expect(validateScheme(scheme2021)).toEqual({ ok: true, problems: [] });
  });
});
