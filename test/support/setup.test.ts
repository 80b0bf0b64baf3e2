/** A program a test needs and lacks is told in one line naming the package, never a page of ENOENT. */
import { describe, expect, it } from 'vitest';
import { needTool } from './setup.ts';

describe('a program a test needs', () => {
  it('passes when it is on PATH', () => {
    expect(() => needTool('sh', 'dash')).not.toThrow();
  });

  it('fails with one line naming the Debian package to install when it is missing', () => {
    expect(() => needTool('no-such-program-here', 'some-package')).toThrow(
      /^no-such-program-here is not installed: apt-get install some-package$/,
    );
  });
});
