import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it can. Extension pages forbid eval by
// their CSP, so the probe only fails (and Firefox logs a CSP violation for it), and AMO's linter
// flags it. Jitless parsing is what runs here anyway; saying so up front skips the probe. Every
// module takes `z` from here (tests/lib/zod-jitless.test.ts keeps it so), so the setting is made
// before any schema parses.
z.config({ jitless: true });

export { z };
