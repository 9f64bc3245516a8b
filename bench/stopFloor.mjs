// The browser's own floor for benchmark 2: the same touches on a page that does nothing but
// change one word, so the time Chromium itself takes to deliver a touch is measured beside the app.
import { PHONE } from './browser.mjs';
import { seededRandom, sleep, summary } from './stats.mjs';

// A page with one button the size of the app's Stop bar; its handler only changes its text.
const FLOOR_PAGE = `<!doctype html><meta name="viewport" content="width=device-width">
<button id="target" style="position:fixed;left:0;right:0;bottom:0;height:160px">Stop</button>
<script>
  window.__floor = [];
  const target = document.getElementById('target');
  let open = null;
  new MutationObserver(() => {
    if (open) { open.domAt = performance.now(); window.__floor.push(open); open = null; }
  }).observe(target, { childList: true, characterData: true, subtree: true });
  target.addEventListener('pointerdown', (event) => {
    open = { downTs: event.timeStamp, handlerAt: performance.now(), domAt: null };
    target.textContent = target.textContent === 'Stop' ? 'Release' : 'Stop';
  });
</script>`;

/**
 * `presses` touches (CDP `Input.dispatchTouchEvent`, as the app's) with the CPU throttled `rate`
 * times, each after a random 20–400 ms pause. Runs on its own, never beside the app's presses:
 * two throttled pages would share the two cores and slow each other.
 */
export async function runStopFloor({ browser, presses = 100, rate = 4 }) {
  const random = seededRandom(20_261_127);
  const context = await browser.newContext({ ...PHONE });
  try {
    const page = await context.newPage();
    await page.setContent(FLOOR_PAGE);
    const cdp = await context.newCDPSession(page);
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const box = await page.locator('#target').boundingBox();
    if (!box) throw new Error('The floor page has no button.');
    for (let i = 0; i < presses; i++) {
      await sleep(20 + Math.floor(random() * 380));
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction((n) => window.__floor.length >= n, i + 1);
    }
    const touches = await page.evaluate(() => window.__floor);
    return {
      rate,
      presses: touches.length,
      inputDeliveryMs: summary(touches.map((t) => t.handlerAt - t.downTs)),
      toDomMs: summary(touches.map((t) => t.domAt - t.downTs)),
    };
  } finally {
    await context.close();
  }
}
