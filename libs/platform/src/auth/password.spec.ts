import { generatePassword, hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('门道-secret');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain('门道-secret');
    await expect(verifyPassword(hash, '门道-secret')).resolves.toBe(true);
    await expect(verifyPassword(hash, '门道-secreT')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });

  it('generates readable passwords without look-alike characters', () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    expect(new Set(passwords).size).toBe(50);
    expect(passwords.join('')).not.toMatch(/[0O1lI]/);
  });
});
