import { createHmac, randomUUID } from 'node:crypto';

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function sign(header: object, payload: object, secret: string): string {
  const head = `${b64(header)}.${b64(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/**
 * Authorization headers that must not let anyone act: no token, garbage, `alg: none`, a token signed with a
 * guessed key, and tokens signed with the installation's real key (as the api would issue them) that are
 * expired, not yet valid, for a user that does not exist, or with claims of the wrong types or missing.
 * (A well-signed token of a real user with odd extra claims is that user's token, so none is here.)
 */
export function forgedAuthorizations(
  realToken: string,
  secret: string,
): { label: string; header: string | undefined }[] {
  const claims = JSON.parse(Buffer.from(realToken.split('.')[1], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  const now = Math.floor(Date.now() / 1000);
  const hs = { alg: 'HS256', typ: 'JWT' };
  const withClaims = (patch: Record<string, unknown>) => sign(hs, { ...claims, ...patch }, secret);
  const list: { label: string; header: string | undefined }[] = [
    { label: 'no token', header: undefined },
    { label: 'empty bearer', header: 'Bearer ' },
    { label: 'garbage bearer', header: 'Bearer not.a.jwt' },
    { label: 'basic auth', header: 'Basic YWRtaW46YWRtaW4=' },
    { label: 'alg none', header: `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.` },
    { label: 'signed with a guessed key', header: `Bearer ${sign(hs, claims, 'secret')}` },
    { label: 'expired', header: `Bearer ${withClaims({ iat: now - 7200, exp: now - 3600 })}` },
    { label: 'not yet valid', header: `Bearer ${withClaims({ iat: now + 3600, nbf: now + 3600, exp: now + 7200 })}` },
    { label: 'unknown user', header: `Bearer ${withClaims({ sub: randomUUID() })}` },
    { label: 'sub is not a uuid', header: `Bearer ${withClaims({ sub: "' OR 1=1 --" })}` },
    { label: 'claims of the wrong types', header: `Bearer ${withClaims({ sub: 12, roles: 'admin', exp: 'never' })}` },
    {
      label: 'token 10 KB long, guessed key',
      header: `Bearer ${sign(hs, { ...claims, pad: 'x'.repeat(10_000) }, 'secret')}`,
    },
    {
      label: 'real key, only sub and a __proto__ claim (no fid, ver, exp)',
      header: `Bearer ${sign(hs, JSON.parse(`{"__proto__":{"roles":["admin"]},"sub":${JSON.stringify(claims.sub)}}`), secret)}`,
    },
  ];
  return list;
}
