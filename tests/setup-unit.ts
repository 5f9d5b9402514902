import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeScripting } from './support/fake-scripting';

// Every sync places content scripts; the fake browser has no scripting API of its own.
beforeEach(() => {
  installFakeScripting();
});

afterEach(() => {
  fakeBrowser.reset();
});
