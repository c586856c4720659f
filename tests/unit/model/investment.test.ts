import { describe, expect, it } from 'vitest';
import { AmountSchema } from '../../../src/model/investment';

const messages = (input: unknown) => {
  const parsed = AmountSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('a grant amount', () => {
  it('is whole pence, more than nothing, and each mistake is named', () => {
    expect(AmountSchema.parse(125_050)).toBe(125_050);
    expect(messages(1250.5)).toEqual(['The amount must be whole pence']);
    expect(messages('£1,250')).toEqual(['The amount must be a number of pence']);
    expect(messages(undefined)).toEqual(['The amount must be a number of pence']);
    expect(messages(0)).toEqual(['The amount must be more than £0']);
    expect(messages(-500)).toEqual(['The amount must be more than £0']);
  });
});
