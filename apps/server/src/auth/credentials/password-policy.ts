import { BadInputError } from '../../graphql/errors.js';

export const PASSWORD_MIN = 8;
const PASSWORD_MAX = 128;

/** A password a person chooses: 8–128 characters with at least one letter and one digit. */
export function assertPasswordAcceptable(password: string, field: string): void {
  if (
    password.length < PASSWORD_MIN ||
    password.length > PASSWORD_MAX ||
    !/[A-Za-z]/.test(password) ||
    !/[0-9]/.test(password)
  ) {
    throw new BadInputError(
      `密码须为 ${PASSWORD_MIN}–${PASSWORD_MAX} 位，且同时包含字母和数字`,
      `The password must be ${PASSWORD_MIN}–${PASSWORD_MAX} characters with at least one letter and one digit`,
      field,
    );
  }
}
