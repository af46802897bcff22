/**
 * What `npm run admin` tells the editor it serves through the environment: decap-server's address on
 * this computer, which takes the county's git server's place, and the branch it commits to.
 */
export const LOCAL_PROXY_ENV = 'XINFENG_EDITOR_PROXY';
export const LOCAL_BRANCH_ENV = 'XINFENG_EDITOR_BRANCH';
