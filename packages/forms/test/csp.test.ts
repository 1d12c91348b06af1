import { expect, test } from 'vitest';
import { validatorFor } from '../src/index.js';

test('code generation from strings is refused in these tests, as under a strict CSP', () => {
  expect(() => new Function('return 1')).toThrow(EvalError);
  // biome-ignore lint/security/noGlobalEval: the point is that it throws
  expect(() => eval('1')).toThrow(EvalError);
});

test('the validator checks a schema without generating code', () => {
  const validator = validatorFor({
    type: 'object',
    properties: { a: { type: 'string', pattern: '^x' } },
    required: ['a'],
  });
  expect(validator.validate({ a: 'xy' }).valid).toBe(true);
  expect(validator.validate({ a: 'y' }).valid).toBe(false);
});
