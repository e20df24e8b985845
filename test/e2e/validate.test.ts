import { expect } from 'chai';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

describe('dipkg validate on a fresh build of the seeds', function () {
  it('conforms to the SHACL shapes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dipkg-validate-')), 'graph.ttl');
    expect(runCli(['build', 'seeds', '--out', out]).code).to.equal(0);
    const result = runCli(['validate', out]);
    expect(result.code, result.stdout + result.stderr).to.equal(0);
  });
});
