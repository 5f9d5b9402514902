import { describe, expect, test } from 'vitest';
import {
  MAX_BODY_CHARS,
  MAX_ICON_CHARS,
  MAX_TAG_CHARS,
  MAX_TITLE_CHARS,
  parseCaptureRequest,
  sanitiseIconUrl,
} from '@/lib/capture/validate-capture';

// On the wire the hook's id is `id`; the parsed request (and the stored row) calls it `hookId`.
const valid = { id: 'h1', source: 'new', title: 'New message', body: 'Hi', tag: 't' };
const parsed = { hookId: 'h1', source: 'new', title: 'New message', body: 'Hi', tag: 't' };

describe('parseCaptureRequest', () => {
  test.each([
    { name: 'undefined', input: undefined },
    { name: 'null', input: null },
    { name: 'a string', input: 'capture' },
    { name: 'an array', input: [valid] },
    { name: 'a missing id', input: { ...valid, id: undefined } },
    { name: 'an empty id', input: { ...valid, id: '' } },
    { name: 'an id over 64 characters', input: { ...valid, id: 'h'.repeat(65) } },
    { name: 'an unknown source', input: { ...valid, source: 'push' } },
    { name: 'an object title', input: { ...valid, title: { text: 'New message' } } },
    { name: 'an array title', input: { ...valid, title: ['New message'] } },
  ])('rejects $name', ({ input }) => {
    expect(parseCaptureRequest(input)).toBeUndefined();
  });

  test.each([
    { name: 'a complete request', input: valid, expected: parsed },
    {
      name: 'a request without text fields (empty strings)',
      input: { id: 'h2', source: 'show' },
      expected: { hookId: 'h2', source: 'show', title: '', body: '', tag: '' },
    },
    {
      name: 'numbers, booleans and null as text, like the browser does',
      input: { ...valid, title: 42, body: null, tag: true },
      expected: { ...parsed, title: '42', body: '', tag: 'true' },
    },
    {
      name: 'a request with an https icon',
      input: { ...valid, icon: 'https://app.slack.com/a.png' },
      expected: { ...parsed, icon: 'https://app.slack.com/a.png' },
    },
    { name: 'a request with a javascript: icon (icon dropped)', input: { ...valid, icon: 'javascript:alert(1)' }, expected: parsed },
    { name: 'a request with a non-string icon (icon dropped)', input: { ...valid, icon: { href: 'https://a.test/i.png' } }, expected: parsed },
  ])('accepts $name', ({ input, expected }) => {
    expect(parseCaptureRequest(input)).toEqual(expected);
  });

  test.each([
    { field: 'title', max: MAX_TITLE_CHARS },
    { field: 'body', max: MAX_BODY_CHARS },
    { field: 'tag', max: MAX_TAG_CHARS },
  ] as const)('cuts an over-long $field to $max characters instead of rejecting it', ({ field, max }) => {
    const text = 'a'.repeat(max) + 'CUT';
    expect(parseCaptureRequest({ ...valid, [field]: text })?.[field]).toBe('a'.repeat(max));
  });
});

describe('sanitiseIconUrl', () => {
  test.each([
    { name: 'https', icon: 'https://mail.google.com/icon.png', kept: 'https://mail.google.com/icon.png' },
    { name: 'http', icon: 'http://127.0.0.1:8080/icon.png', kept: 'http://127.0.0.1:8080/icon.png' },
    { name: 'a data:image PNG', icon: 'data:image/png;base64,iVBORw0KGgo=', kept: 'data:image/png;base64,iVBORw0KGgo=' },
    { name: 'an upper-case DATA:IMAGE', icon: 'DATA:IMAGE/GIF;base64,R0lG', kept: 'DATA:IMAGE/GIF;base64,R0lG' },
  ])('keeps $name', ({ icon, kept }) => {
    expect(sanitiseIconUrl(icon)).toBe(kept);
  });

  test.each([
    { name: 'nothing', icon: undefined },
    { name: 'an empty string', icon: '' },
    { name: 'javascript:', icon: 'javascript:alert(1)' },
    { name: 'file:', icon: 'file:///etc/passwd' },
    { name: 'data:text/html', icon: 'data:text/html,<script>alert(1)</script>' },
    { name: 'a relative path', icon: '/static/icon.png' },
    { name: 'an https URL over the size cap', icon: `https://a.example/${'x'.repeat(MAX_ICON_CHARS)}` },
    { name: 'a data:image over the size cap', icon: `data:image/png;base64,${'A'.repeat(MAX_ICON_CHARS)}` },
  ])('drops $name', ({ icon }) => {
    expect(sanitiseIconUrl(icon)).toBeUndefined();
  });
});
