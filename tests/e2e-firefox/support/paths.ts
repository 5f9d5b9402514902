import path from 'node:path';
import { ROOT } from '../../e2e/support/paths';

export const FIREFOX_E2E_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv3-e2e');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
