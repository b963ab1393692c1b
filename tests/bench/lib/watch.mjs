// The in-page probe for "input to repainted": installed into a page, it
// times one change from its start (a key press, or a hash set by the
// benchmark) until the frame painted after the last DOM update it caused.
//
// How: a MutationObserver on the body notes each batch of DOM changes and
// asks for the next animation frame; a message posted from that frame's
// callback runs once the frame has been painted, and its time is the
// batch's "painted" time. The change is over when the DOM has been still for
// QUIET_MS (several renders in a row, e.g. a view that measures itself and
// renders again, all count); its latency is the painted time of the last
// batch minus the start. The start is the keydown event's timeStamp (when
// the browser received the key), or performance.now() just before the
// benchmark sets location.hash. No DOM change at all within TIMEOUT_MS is a
// failure, reported as such.

/** Installs `window.benchWatch(start)` into `page`; resolves when done. */
export async function installWatch(page, quietMs = 300, timeoutMs = 10000) {
  await page.evaluate(({ quietMs, timeoutMs }) => {
    window.benchWatch = (start) => {
      const state = { t0: start === 'key' ? null : performance.now(), batches: 0, painted: null, lastPainted: 0 };
      let finished = false;
      let resolveDone;
      const done = new Promise((resolve) => { resolveDone = resolve; });
      const finish = () => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        removeEventListener('keydown', onKey, true);
        clearTimeout(quiet);
        clearTimeout(giveUp);
        resolveDone();
      };
      const onKey = (event) => {
        if (state.t0 === null) state.t0 = event.timeStamp;
      };
      addEventListener('keydown', onKey, true);
      let quiet;
      const observer = new MutationObserver(() => {
        state.batches += 1;
        const batch = state.batches;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            state.lastPainted = batch;
            if (batch === state.batches) state.painted = performance.now();
          };
          channel.port2.postMessage(null);
        });
        clearTimeout(quiet);
        quiet = setTimeout(settled, quietMs);
      });
      // Quiet, but the last batch's frame not painted yet: wait for it.
      const settled = () => {
        if (state.lastPainted === state.batches) finish();
        else quiet = setTimeout(settled, 16);
      };
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const giveUp = setTimeout(finish, timeoutMs);
      window.benchPending = done.then(() => ({
        ms: state.painted !== null && state.t0 !== null ? state.painted - state.t0 : null,
        batches: state.batches,
      }));
    };
  }, { quietMs, timeoutMs });
}

/**
 * One key press in the focused element, timed from its keydown to the
 * repaint; resolves to { ms, batches, cpu_ms }, where cpu_ms is the main
 * thread's task time over the same span (Performance.getMetrics
 * TaskDuration, read through `metrics`).
 */
export async function timedKey(page, metrics, key) {
  await page.evaluate(() => window.benchWatch('key'));
  const before = await metrics();
  await page.keyboard.press(key);
  return finish(page, metrics, before);
}

/** One change of location.hash, timed from just before it to the repaint. */
export async function timedHash(page, metrics, hash) {
  const before = await metrics();
  await page.evaluate((hash) => {
    window.benchWatch('now');
    location.hash = hash;
  }, hash);
  return finish(page, metrics, before);
}

async function finish(page, metrics, before) {
  const result = await page.evaluate(() => window.benchPending);
  const after = await metrics();
  return { ...result, cpu_ms: (after.TaskDuration - before.TaskDuration) * 1000 };
}
