import { describe, expect, it } from 'vitest';
import { policeFilingLink } from '../../src/lib/filing-links';

describe('policeFilingLink', () => {
  it('opens the public-security filing search on the number written in site.yaml', () => {
    expect(policeFilingLink('鲁公网安备 37172402000123号')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=37172402000123',
    );
    expect(policeFilingLink('鲁公网安备37172402000123号')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=37172402000123',
    );
  });
});
