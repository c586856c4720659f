import { version } from '../../package.json';

/** The app's version, read from package.json at build time so a backup names the release that wrote it. */
export const APP_VERSION: string = version;
