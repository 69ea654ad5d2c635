import { describeUserChange, UserState } from './user-change';

const packer: UserState = { roles: ['packer'], active: true, displayName: null };

describe('describeUserChange: what a user change did, for its audit row and its sessions', () => {
  it('names the roles granted and revoked, and ends the sessions', () => {
    expect(describeUserChange(packer, { roles: ['warehouse', 'admin'] })).toEqual({
      roles: {
        before: ['packer'],
        after: ['warehouse', 'admin'],
        granted: ['warehouse', 'admin'],
        revoked: ['packer'],
      },
      sessionsEnded: true,
    });
  });

  it('records that a password was reset, never the password', () => {
    const change = describeUserChange(packer, { password: 'a-new-secret-1' });
    expect(change).toEqual({ passwordReset: true, sessionsEnded: true });
    expect(JSON.stringify(change)).not.toContain('a-new-secret-1');
  });

  it('ends the sessions on a deactivation, not on a reactivation', () => {
    expect(describeUserChange(packer, { active: false })).toEqual({
      active: { before: true, after: false },
      sessionsEnded: true,
    });
    expect(describeUserChange({ ...packer, active: false }, { active: true })).toEqual({
      active: { before: false, after: true },
    });
  });

  it('a value asked as it already is changes nothing and ends nothing; a new display name ends nothing', () => {
    expect(describeUserChange(packer, { roles: ['packer'], active: true })).toEqual({});
    expect(describeUserChange(packer, { displayName: '孙丽' })).toEqual({
      displayName: { before: null, after: '孙丽' },
    });
  });
});
