// Pages update by push. A page whose <main> has sse-connect (data-live-stream)
// gets one server-sent event stream (/live, htmx's SSE extension): parts with
// sse-swap are swapped in from it, rows and cards with "sse:<name>" in their
// hx-trigger refetch themselves on its signals. Every such element also polls
// (its hx-trigger "every …"), but only while the stream is not open: these
// timer requests are cancelled here, so polling is the fallback when the stream
// cannot be opened or is lost.
(() => {
  let open = false;
  let source = null;

  const pushedTopics = () => {
    const main = document.querySelector("[data-live-stream]");
    if (!main) return new Set();
    const url = new URL(main.getAttribute("sse-connect"), location.href);
    return new Set(url.searchParams.getAll("w").map((w) => w.split(" ")[0]));
  };

  // Whether the stream keeps this element current (so its timer may rest).
  const fedByStream = (elt) => {
    if (!open || !elt.hasAttribute("data-live")) return false;
    const topic = elt.getAttribute("sse-swap");
    if (topic) return pushedTopics().has(topic);
    return /(^|,)\s*sse:/.test(elt.getAttribute("hx-trigger") || "");
  };

  document.addEventListener("htmx:beforeRequest", (event) => {
    const elt = event.detail.elt;
    // A timer's request has no triggering event; a stream signal's does.
    if (!event.detail.requestConfig.triggeringEvent && fedByStream(elt)) {
      event.preventDefault();
    }
  });

  document.addEventListener("htmx:sseOpen", (event) => {
    open = true;
    document.documentElement.dataset.live = "open";
    if (source === event.detail.source) return;
    source = event.detail.source;
    // The server asks for a reload when what the page shows was replaced
    // (a new render of a video, a processed file), and says when the session ended.
    source.addEventListener("hx-refresh", () => location.reload());
    source.addEventListener("signed-out", () => location.reload());
  });

  document.addEventListener("htmx:sseError", () => {
    open = false;
    document.documentElement.dataset.live = "polling";
  });
})();
