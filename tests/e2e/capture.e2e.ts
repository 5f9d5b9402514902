import { describe, expect, test } from 'vitest';
import { flood, notifyWithClick, notifyWithConstructor, readPageEvents, readHookAnswers, untilHookHolds, watchHook } from './support/chat-page';
import { openChatPage, openPopup, optionsSection, readHeldRows, saveSection, startFocus } from './support/extension-state';
import { withExtension } from './support/with-extension';
import { LEFT_KEY } from '../../lib/capture/hook-events';

const t = withExtension();


const heldTitles = async () => (await readHeldRows(t.ext)).filter((r) => r.status === 'held').map((r) => r.title);

describe('coverage', () => {
  test('the hook runs in srcdoc frames: a notification from an embedded frame is held', async () => {
    await startFocus(t.ext);
    const page = await t.ext.context.newPage();
    await page.goto(`${t.server.origin}/framed.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForFunction(() => typeof (window as any).notify === 'function');
    expect(await frame.evaluate(() => (window as any).notify('from inside the frame'))).toBe(true);
    await expect.poll(heldTitles).toEqual(['from inside the frame']);
    const [row] = await readHeldRows(t.ext);
    expect(row).toMatchObject({ origin: t.server.origin, app: 'Local chat' });
  });

  test('a same-origin about:blank frame that notifies the moment it is created is held like its page', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await watchHook(chat);
    // The relay came at document_idle; asked again, it repeats its flag for the test to see.
    await chat.evaluate(() => dispatchEvent(new CustomEvent('headsdown:hello')));
    await untilHookHolds(chat);
    const sameFrame = await chat.evaluate(() => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      // The e2e hook's word that the browser was asked to show it, from the frame's own window.
      frame.contentWindow!.addEventListener('headsdown:native', (e) => (window as any).events.push({ type: 'show', title: (e as CustomEvent).detail }));
      const n = new (frame.contentWindow as any).Notification('from a new frame');
      return n instanceof (frame.contentWindow as any).Notification;
    });
    expect(sameFrame).toBe(true);
    // Answered "held" through the page's relay: it will not be shown natively, even later.
    await expect.poll(() => readHookAnswers(chat)).toEqual([true]);
    expect(await heldTitles()).toEqual(['from a new frame']);
    expect(await readPageEvents(chat)).toEqual([]);
  });

  /**
   * During focus, a chat page that gets the hold script but whose relay never comes (as if the
   * extension went away while the page loaded). `relayBack` registers the relay again, for the
   * pages that load after.
   */
  async function openChatWithoutRelay() {
    await startFocus(t.ext);
    const probe = await t.ext.probe();
    const ids = () => probe.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort());
    await expect.poll(ids).toEqual(['bridge-during-focus', 'hold-during-focus']);
    const relay = await probe.evaluate(async () => {
      const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: ['bridge-during-focus'] });
      await chrome.scripting.unregisterContentScripts({ ids: ['bridge-during-focus'] });
      return script!;
    });
    const chat = await openChatPage(t.ext, t.server.origin);
    return { chat, relayBack: () => probe.evaluate((script) => chrome.scripting.registerContentScripts([script]), relay) };
  }

  test('a page that loads during focus but whose relay never arrives shows its notification natively', async () => {
    const { chat } = await openChatWithoutRelay();
    await notifyWithConstructor(chat, 'nobody to store it');
    await expect.poll(() => readPageEvents(chat), { timeout: 15_000 }).toContainEqual({ type: 'show', title: 'nobody to store it' });
    expect(await heldTitles()).toEqual([]);
  });

  test('a page that goes away before its relay came leaves what it kept for the next page of its app, which holds it', async () => {
    const { chat, relayBack } = await openChatWithoutRelay();
    await chat.evaluate(() => {
      // The page's own pagehide listener stops the event; the hold script's, added before any of
      // the page's, has heard it already.
      addEventListener('pagehide', (event) => event.stopImmediatePropagation());
      new Notification('left before the relay came', { body: 'in #launch' });
    });
    await relayBack();
    // The next page of the app, in the same tab: its relay takes what was left to the background.
    await chat.goto(`${t.server.origin}/chat.html`);
    await expect.poll(heldTitles).toEqual(['left before the relay came']);
    expect((await readHeldRows(t.ext)).map((r) => r.body)).toEqual(['in #launch']);
    expect(await chat.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), LEFT_KEY)).toEqual([]);
  });

  test('what a page leaves is taken by a page of the same app that is already open', async () => {
    const { chat, relayBack } = await openChatWithoutRelay();
    await relayBack();
    const open = await openChatPage(t.ext, t.server.origin);
    await watchHook(open);
    // Its relay is there once it answers hello with the flag.
    await open.waitForFunction(() => (dispatchEvent(new CustomEvent('headsdown:hello')), (window as unknown as { hookUntil?: number }).hookUntil! > Date.now()));
    await chat.evaluate(() => new Notification('left while another tab was open'));
    await chat.close({ runBeforeUnload: true });
    await expect.poll(heldTitles).toEqual(['left while another tab was open']);
  });

  test('a capture the page showed itself after waiting too long for the store is not stored as well', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await watchHook(chat);
    await chat.waitForFunction(() => (dispatchEvent(new CustomEvent('headsdown:hello')), (window as unknown as { hookUntil?: number }).hookUntil! > Date.now()));
    // Another read-write transaction on the held table, kept busy for longer than the hook waits
    // (STORE_TIMEOUT_MS): the capture's own waits behind it, as behind a long prune.
    const probe = await t.ext.probe();
    const busy = probe.evaluate(async (ms) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const q = indexedDB.open('heads-down');
        q.onsuccess = () => resolve(q.result);
      });
      const store = db.transaction('held', 'readwrite').objectStore('held');
      const end = Date.now() + ms;
      await new Promise<void>((resolve) => {
        const next = () => {
          (globalThis as unknown as { busy: boolean }).busy = true;
          if (Date.now() < end) store.count().onsuccess = next;
          else resolve();
        };
        store.count().onsuccess = next;
      });
      db.close();
    }, 7_000);
    await probe.waitForFunction(() => (globalThis as unknown as { busy?: boolean }).busy === true);
    await notifyWithConstructor(chat, 'slow to store');
    await expect.poll(() => readPageEvents(chat), { timeout: 15_000 }).toContainEqual({ type: 'show', title: 'slow to store' });
    await busy;
    // The background's answer, once it could write: "show", and nothing stored.
    await expect.poll(() => readHookAnswers(chat), { timeout: 10_000 }).toEqual([false]);
    expect(await heldTitles()).toEqual([]);
  });

  test('a page opened before focus starts is held from then on, in its frames too', async () => {
    const page = await t.ext.context.newPage();
    await page.goto(`${t.server.origin}/framed.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForFunction(() => typeof (window as any).notify === 'function');
    const chatBefore = await openChatPage(t.ext, t.server.origin);
    await watchHook(page);
    await watchHook(chatBefore);
    await startFocus(t.ext);
    // The bridge arrives in the open pages with focus and tells their hooks. The frame is of the
    // page's origin, so its hook holds through the page's (as a frame created a moment ago must).
    await untilHookHolds(page);
    expect(await frame.evaluate(() => (window as any).notify('from the frame, after focus started'))).toBe(true);
    // Answered "held": the hook will not show it natively, even later.
    await expect.poll(() => readHookAnswers(page)).toEqual([true]);
    expect(await heldTitles()).toEqual(['from the frame, after focus started']);
    expect(await frame.evaluate(() => (window as any).events)).toEqual([]);
    await untilHookHolds(chatBefore);
    await notifyWithConstructor(chatBefore, 'from a page open before focus');
    await expect.poll(() => readHookAnswers(chatBefore)).toEqual([true]);
    expect(await heldTitles()).toContain('from a page open before focus');
    expect(await readPageEvents(chatBefore)).toEqual([]);
    const chat = await openChatPage(t.ext, t.server.origin);
    await notifyWithConstructor(chat, 'from a page loaded during focus');
    await expect.poll(heldTitles).toContain('from a page loaded during focus');
    expect((await readPageEvents(chat)).filter((e) => e.type === 'show')).toEqual([]);
  });

  test('the hook covers every preset app in every frame before the page runs; the bridge joins only during focus', async () => {
    const probe = await t.ext.probe();
    const manifest = await probe.evaluate(() => chrome.runtime.getManifest());
    const patterns = [
      'https://app.slack.com/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://mail.google.com/*',
      'https://chat.google.com/*', 'https://outlook.office.com/*', 'https://outlook.live.com/*', 'https://discord.com/*',
      'https://web.whatsapp.com/*', 'https://web.telegram.org/*',
    ];
    // Outside focus a page gets the hook alone: the isolated world would cost every load.
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: expect.arrayContaining(patterns), js: ['hook.js'], world: 'MAIN', all_frames: true, run_at: 'document_start', match_origin_as_fallback: true }),
    ]);
    const registered = () => probe.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(await registered()).toEqual([]);
    await startFocus(t.ext);
    // During focus: the relay at document_idle (an isolated world then costs the load nothing),
    // and the hold mark in the page's world at document_start, so the hook holds from the start.
    const inEveryFrame = { matches: expect.arrayContaining(patterns), allFrames: true, matchOriginAsFallback: true };
    await expect.poll(registered).toEqual([
      expect.objectContaining({ ...inEveryFrame, id: 'hold-during-focus', js: ['hold.js'], runAt: 'document_start', world: 'MAIN' }),
      expect.objectContaining({ ...inEveryFrame, id: 'bridge-during-focus', runAt: 'document_idle', world: 'ISOLATED' }),
    ]);
    const popup = await openPopup(t.ext);
    await popup.getByRole('button', { name: 'End focus' }).click();
    await expect.poll(registered).toEqual([]);
  });
});

describe('self-hosted apps', () => {
  test('an app added by address on the options page is covered; removed, it is not', async () => {
    const appOrigin = t.server.origin.replace('127.0.0.1', 'localhost');
    await t.ext.context.grantPermissions(['notifications'], { origin: appOrigin });
    const options = await t.ext.openExtensionPage('options.html');
    await options.getByLabel('App address').fill(appOrigin);
    await optionsSection(options, 'Apps').getByLabel('Name', { exact: true }).fill('Team Mattermost');
    await options.getByRole('button', { name: 'Add app' }).click();
    await expect.poll(() => options.getByText('Added Team Mattermost.', { exact: false }).isVisible()).toBe(true);
    const pattern = 'http://localhost/*'; // a host's pattern covers all its ports
    // Each registered script by kind, with whether it covers the app.
    const registered = async () =>
      (await (await t.ext.probe()).evaluate(() => chrome.scripting.getRegisteredContentScripts()))
        .map((s) => `${s.id.split('-')[0]}${s.matches?.includes(pattern) ? ' for the app' : ''}`)
        .sort();
    await expect.poll(registered).toEqual(['hook for the app']);

    await startFocus(t.ext);
    await expect.poll(registered).toEqual(['bridge for the app', 'hold for the app', 'hook for the app']);
    const app = await t.ext.context.newPage();
    await app.goto(`${appOrigin}/chat.html`);
    await notifyWithConstructor(app, 'Mattermost: deploy?');
    await expect.poll(heldTitles).toEqual(['Mattermost: deploy?']);
    expect((await readHeldRows(t.ext))[0]).toMatchObject({ app: 'Team Mattermost', origin: appOrigin });

    await options.getByRole('button', { name: 'Remove Team Mattermost' }).click();
    await expect.poll(registered).toEqual(['bridge', 'hold']);
    await app.reload();
    await notifyWithConstructor(app, 'not covered any more');
    await expect.poll(() => readPageEvents(app)).toContainEqual({ type: 'show', title: 'not covered any more' });
  });

  test('a preset turned off is not held', async () => {
    const options = await t.ext.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: 'Local chat' }).uncheck();
    await saveSection(options, 'Apps');
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await notifyWithConstructor(chat, 'Local chat is off');
    await expect.poll(() => readPageEvents(chat)).toContainEqual({ type: 'show', title: 'Local chat is off' });
    expect(await heldTitles()).toEqual([]);
  });
});

describe('fidelity', () => {
  test('during focus the page sees the same Notification class: statics, permission forms, errors', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    const seen = await chat.evaluate(async () => {
      const viaCallback = await new Promise((resolve) => void Notification.requestPermission(resolve));
      let withoutNew = '';
      try {
        (Notification as unknown as () => void)();
      } catch (error) {
        withoutNew = (error as Error).constructor.name;
      }
      const n = new Notification('check', { body: 'b', tag: 't', data: { id: 7 }, requireInteraction: true });
      const events: string[] = [];
      n.addEventListener('close', () => events.push('close'));
      n.close();
      return {
        permission: Notification.permission,
        viaPromise: await Notification.requestPermission(),
        viaCallback,
        maxActions: typeof (Notification as unknown as { maxActions: unknown }).maxActions,
        withoutNew,
        isInstance: n instanceof Notification && n instanceof EventTarget,
        fields: [n.title, n.body, n.tag, (n.data as { id: number }).id, n.requireInteraction],
        constructorIsNotification: n.constructor === Notification,
        events,
      };
    });
    expect(seen).toEqual({
      permission: 'granted', viaPromise: 'granted', viaCallback: 'granted', maxActions: 'number', withoutNew: 'TypeError',
      isInstance: true, fields: ['check', 'b', 't', 7, true], constructorIsNotification: true, events: ['close'],
    });
  });

  test('a notification with the same tag replaces the held one, and the replacement is counted', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await notifyWithConstructor(chat, '1 new message in #design', { tag: 'design' });
    await expect.poll(heldTitles).toHaveLength(1);
    await notifyWithConstructor(chat, '2 new messages in #design', { tag: 'design' });
    await expect.poll(heldTitles).toEqual(['2 new messages in #design']);
    const digest = await t.ext.openExtensionPage('digest.html');
    await expect.poll(() => digest.getByRole('listitem').first().innerText()).toContain('updated 1 time');
  });

  test('Open fires the page’s own click handler, so the app goes to the conversation', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await notifyWithClick(chat, 'Dana: the numbers?', 'finance');
    const digest = await t.ext.openExtensionPage('digest.html');
    await digest.getByRole('button', { name: 'Open: Dana: the numbers?' }).click();
    await expect.poll(() => chat.evaluate(() => location.hash)).toBe('#conversation-finance');
    expect(await readPageEvents(chat)).toEqual([{ type: 'click', title: 'Dana: the numbers?' }]);
    // Opened is handled: it leaves the list, and stays in the database.
    await expect.poll(() => digest.getByText('Nothing held').isVisible()).toBe(true);
    expect((await readHeldRows(t.ext)).map((r) => r.status)).toEqual(['handled']);
  });

  test('when its tab is gone, Open opens the app’s page instead', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await notifyWithClick(chat, 'Sam: standup notes', 'standup');
    await expect.poll(heldTitles).toHaveLength(1);
    await chat.close();
    const digest = await t.ext.openExtensionPage('digest.html');
    const opened = t.ext.context.waitForEvent('page');
    await digest.getByRole('button', { name: 'Open: Sam: standup notes' }).click();
    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toBe(`${t.server.origin}/chat.html`);
  });

  test('when its page was reloaded after focus, Open brings that tab forward instead of a new one', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await notifyWithClick(chat, 'Kim: lunch?', 'lunch');
    await expect.poll(heldTitles).toHaveLength(1);
    const popup = await openPopup(t.ext);
    await popup.getByRole('button', { name: 'End focus' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^(Not in focus|Next focus)/);
    // Loaded outside focus, the page has the hook alone: there is no held object to click.
    expect(await (await t.ext.probe()).evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await chat.reload();
    const probe = await t.ext.probe();
    const chatTabActive = () => probe.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.active, chat.url());
    const digest = await t.ext.openExtensionPage('digest.html');
    expect(await chatTabActive()).toBe(false);
    const pagesBefore = t.ext.context.pages().length;
    await digest.getByRole('button', { name: 'Open: Kim: lunch?' }).click();
    await expect.poll(chatTabActive).toBe(true);
    await expect.poll(async () => (await readHeldRows(t.ext)).map((r) => r.status)).toEqual(['handled']);
    expect(t.ext.context.pages().length).toBe(pagesBefore);
  });
});

describe('untrusted pages', () => {
  test('a forged capture is stored under the page’s own origin and app, and shown as text', async () => {
    await startFocus(t.ext);
    const page = await t.ext.context.newPage();
    await page.goto(`${t.server.origin}/forged.html`);
    await page.evaluate(() =>
      (window as any).forge({
        id: 'f1', source: 'new', origin: 'https://bank.example', app: 'Your Bank',
        title: '<img src=x onerror="document.title=\'pwned\'">', body: 'x'.repeat(50_000), icon: 'javascript:alert(1)',
      }),
    );
    await page.evaluate(() => (window as any).forgeRaw('{"id": "f2", "source": "new", "title": "' + 'y'.repeat(300_000) + '"}'));
    await page.evaluate(() => (window as any).forgeRaw('not json at all'));
    await page.evaluate(() => (window as any).forgeRaw('null'));
    // Only the relay says a capture was left by a gone page, or by when it must be stored: a page
    // saying "too late" of its own is stored like any other.
    await page.evaluate(() => (window as any).forge({ id: 'f3', source: 'new', title: 'says it is too late', storeBy: 0, left: true }));
    await expect.poll(heldTitles).toHaveLength(2);
    const row = (await readHeldRows(t.ext)).find((r) => r.hookId === 'f1');
    expect(row).toMatchObject({ origin: t.server.origin, app: 'Local chat', title: '<img src=x onerror="document.title=\'pwned\'">' });
    expect((row!.body as string).length).toBe(4_000);
    expect(row!.iconKey).toBeUndefined();

    // After the forgeries the relay still works for the page's real notifications.
    await page.evaluate(() => new Notification('real one after the forgeries'));
    await expect.poll(heldTitles).toHaveLength(3);

    const digest = await t.ext.openExtensionPage('digest.html');
    await expect.poll(() => digest.locator('.item-title').allTextContents()).toContain('<img src=x onerror="document.title=\'pwned\'">');
    expect(await digest.locator('.held-item img[src="x"]').count()).toBe(0);
    expect(await digest.title()).toBe('Heads Down — digest');
  });

  test('a flood of 1,000 notifications is held in full, counted, and none pops up', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await watchHook(chat);
    expect(await flood(chat, 1_000)).toBe(1_000);
    await expect
      .poll(async () => (await readHeldRows(t.ext)).reduce((n, r) => n + ((r.burst as number | undefined) ?? 1), 0))
      .toBe(1_000);
    const rows = await readHeldRows(t.ext);
    expect(rows.filter((r) => r.burst !== undefined)).toHaveLength(1);
    // Every one answered "held" (none left to fail open later), and the browser was asked to show none.
    await expect.poll(async () => (await readHookAnswers(chat)).length, { timeout: 15_000 }).toBe(1_000);
    expect((await readHookAnswers(chat)).every(Boolean)).toBe(true);
    expect(await readPageEvents(chat)).toEqual([]);
    const digest = await t.ext.openExtensionPage('digest.html');
    await expect.poll(() => digest.getByText(/notifications in a burst/).textContent()).toMatch(/^9\d\d notifications in a burst/);
  });

  test('after the extension is reloaded, a tab left open shows its notifications natively', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    // Scheduled, so the call returns before the reload closes the page that made it.
    await (await t.ext.probe()).evaluate(() => void setTimeout(() => chrome.runtime.reload(), 50));
    await chat.waitForTimeout(1_000);
    await notifyWithConstructor(chat, 'after the reload');
    await expect.poll(() => readPageEvents(chat)).toContainEqual({ type: 'show', title: 'after the reload' });
  });
});

describe('quiet tabs', () => {
  test('chat tabs are muted during focus and unmuted after, except one already muted; unread counts leave the title', async () => {
    const chat = await openChatPage(t.ext, t.server.origin);
    await openChatPage(t.ext, t.server.origin);
    await chat.evaluate(() => (document.title = '(3) Local chat'));
    // Tabs by position: 0 the start page, 1 `chat`, 2 the other chat tab, then extension pages.
    const probe = await t.ext.probe();
    const muted = () => probe.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.mutedInfo?.muted === true).slice(0, 3));
    // Muting follows the tab's registration and a background sync: give a busy machine time.
    const untilMuted = (expected: boolean[]) => expect.poll(muted, { timeout: 10_000 }).toEqual(expected);
    await probe.evaluate(async () => {
      const [, , other] = await chrome.tabs.query({});
      await chrome.tabs.update(other!.id!, { muted: true });
    });
    expect(await muted()).toEqual([false, false, true]);

    await startFocus(t.ext);
    await untilMuted([false, true, true]);
    // The user unmutes the chat tab (a call): the next sync leaves it unmuted.
    await probe.evaluate(async () => {
      const [, chatTab] = await chrome.tabs.query({});
      await chrome.tabs.update(chatTab!.id!, { muted: false });
    });
    const extendPopup = await openPopup(t.ext);
    await extendPopup.getByRole('button', { name: 'Extend' }).click();
    await extendPopup.close();
    await chat.waitForTimeout(300);
    expect(await muted()).toEqual([false, false, true]);
    await expect.poll(() => chat.evaluate(() => document.title)).toBe('Local chat');
    // The page changes its title during focus: the count stays hidden.
    await chat.evaluate(() => (document.title = '(4) Local chat'));
    await expect.poll(() => chat.evaluate(() => document.title)).toBe('Local chat');

    const popup = await openPopup(t.ext);
    await popup.getByRole('button', { name: 'End focus' }).click();
    await expect.poll(() => chat.evaluate(() => document.title)).toBe('(4) Local chat');
    await untilMuted([false, false, true]);
    // The next block mutes it again.
    await startFocus(t.ext);
    await untilMuted([false, true, true]);
  });

  test('a muted chat tab that moves on to another site is unmuted at the next sync, and not muted in the next block', async () => {
    const chat = await openChatPage(t.ext, t.server.origin);
    const other = await openChatPage(t.ext, t.server.origin);
    const probe = await t.ext.probe();
    const mutedByUrl = () =>
      probe.evaluate(async () => Object.fromEntries((await chrome.tabs.query({})).map((tab) => [tab.url, tab.mutedInfo?.muted === true])));
    const callUrl = `${t.server.origin.replace('127.0.0.1', 'localhost')}/chat.html?call`;
    await other.goto(`${t.server.origin}/chat.html?other`);
    await startFocus(t.ext);
    await expect.poll(mutedByUrl, { timeout: 10_000 }).toMatchObject({ [chat.url()]: true, [other.url()]: true });
    // The user follows a link to a call on another site in the same tab; Extend makes a sync.
    await chat.goto(callUrl);
    const popup = await openPopup(t.ext);
    await popup.getByRole('button', { name: 'Extend' }).click();
    await expect.poll(mutedByUrl, { timeout: 10_000 }).toMatchObject({ [callUrl]: false, [other.url()]: true });
    await popup.getByRole('button', { name: 'End focus' }).click();
    await expect.poll(mutedByUrl, { timeout: 10_000 }).toMatchObject({ [callUrl]: false, [other.url()]: false });
    // The next block mutes the chat tab that is still one, and leaves the call alone.
    await startFocus(t.ext);
    await expect.poll(mutedByUrl, { timeout: 10_000 }).toMatchObject({ [other.url()]: true });
    expect(await mutedByUrl()).toMatchObject({ [callUrl]: false });
  });
});
