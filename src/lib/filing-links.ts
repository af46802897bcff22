/**
 * Where a government site's footer marks lead: the filing numbers are looked up on the regulators'
 * own sites, which readers trust more than a copy of the number.
 */

/** The MIIT's ICP filing search: one address for every ICP number. */
export const ICP_LOOKUP = 'https://beian.miit.gov.cn/';

/** The public-security filing search, opened on this site's record (鲁公网安备 37172402000123号 → its digits). */
export function policeFilingLink(number: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${number.replace(/\D/g, '')}`;
}
