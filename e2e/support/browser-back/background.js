// Called by the test through the service worker: the browser's own Back on the page under test.
self.pressBackTimes = async (urlPart, presses, gapMs) => {
  const tabs = await chrome.tabs.query({});
  const tab = tabs.find((candidate) => (candidate.url ?? '').includes(urlPart));
  if (!tab?.id) throw new Error(`No tab at ${urlPart}`);
  const urls = [];
  for (let i = 0; i < presses; i++) {
    await chrome.tabs.goBack(tab.id).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    urls.push((await chrome.tabs.get(tab.id)).url ?? '');
  }
  return urls;
};
