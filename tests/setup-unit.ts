import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetCachedSettings } from '@/entrypoints/background/focus-context';
import { installFakeScripting } from './support/fake-scripting';

// Every sync places content scripts; the fake browser has no scripting API of its own.
beforeEach(() => {
  installFakeScripting();
});

afterEach(() => {
  fakeBrowser.reset();
  // What the background keeps in memory goes with its storage, as when a worker stops.
  forgetCachedSettings();
});
