/**
 * What the build leaves in the site's folder for the web server rather than for readers, all under
 * one folder that neither the preview server nor nginx serves (deploy/nginx/ refuses dot-folders):
 * the Content-Security-Policy as plain text and as nginx lines, for the readers' pages and for the
 * web editor, and the record of the build that made the folder (what `npm run deploy` checks).
 */
export const SERVER_DIR = '.server';
export const SERVER_FILES = {
  /** the pages' policy plus what only a header can say, one line */
  csp: `${SERVER_DIR}/csp.txt`,
  /** the web editor's (/admin/) */
  adminCsp: `${SERVER_DIR}/csp-admin.txt`,
  /** the same as nginx `add_header` lines, included by deploy/nginx/ */
  nginxCsp: `${SERVER_DIR}/csp.conf`,
  nginxAdminCsp: `${SERVER_DIR}/csp-admin.conf`,
  /** written last by npm run build: which build this is, from which commit, with which files */
  build: `${SERVER_DIR}/build.json`,
} as const;
