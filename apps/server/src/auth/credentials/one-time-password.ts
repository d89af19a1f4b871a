import { randomInt } from 'node:crypto';
import { assertPasswordAcceptable } from './password-policy.js';

// No 0/O, 1/l/I: the password is read off a screen and typed by someone else.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LETTERS + DIGITS;
const LENGTH = 12;

/**
 * A password the committee hands to a person once (after a reset); it meets the password policy
 * and the person must replace it at the next log-in.
 */
export function oneTimePassword(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  // At least one letter and one digit, at places chosen at random.
  const letterAt = randomInt(LENGTH);
  const digitAt = (letterAt + 1 + randomInt(LENGTH - 1)) % LENGTH;
  chars[letterAt] = LETTERS[randomInt(LETTERS.length)]!;
  chars[digitAt] = DIGITS[randomInt(DIGITS.length)]!;
  const password = chars.join('');
  assertPasswordAcceptable(password, 'oneTimePassword');
  return password;
}
