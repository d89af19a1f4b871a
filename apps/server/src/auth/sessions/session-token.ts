import { webcrypto } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

export type SessionClaims = { sessionId: string; userId: string; bureauId: string };

const encoder = new TextEncoder();

// Imported once per secret: handing jose the raw bytes would import the key on every check.
const keys = new Map<string, Promise<webcrypto.CryptoKey>>();
function hmacKey(secret: string): Promise<webcrypto.CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = webcrypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    keys.set(secret, key);
  }
  return key;
}

/** A signed token naming the session row; the row (not the token) decides whether it is still valid. */
export async function signSessionToken(
  claims: SessionClaims,
  secret: string,
  expiresAt: Date,
): Promise<string> {
  return new SignJWT({ bur: claims.bureauId, sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(await hmacKey(secret));
}

export async function readSessionToken(
  token: string,
  secret: string,
): Promise<SessionClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await hmacKey(secret), { algorithms: ['HS256'] });
    if (
      typeof payload.sub !== 'string' ||
      typeof payload['bur'] !== 'string' ||
      typeof payload['sid'] !== 'string'
    ) {
      return null;
    }
    return { userId: payload.sub, bureauId: payload['bur'], sessionId: payload['sid'] };
  } catch {
    return null;
  }
}
