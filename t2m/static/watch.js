// The video player (templates/library/_player.html), built on Plyr.
//
// Plyr draws one set of controls over the <video>: a seek bar that shows the
// storyboard previews (WebVTT thumbnails track + sprite), speed, captions,
// full screen and keyboard shortcuts. With a ladder (data-hls on #player) the
// video plays the signed HLS master playlist through hls.js (Media Source
// Extensions), or natively where the browser plays HLS itself and has no MSE
// (iOS Safari). The quality menu offers Auto, each rung as an hls.js level and
// each rung as a single progressive MP4 (signed link, HTTP Range). Any switch
// keeps the position and whether it was playing.
// #player's data-playback says what is playing: hls, native, progressive or
// original (no ladder, or hls.js gave up); data-level the rung.
(() => {
  "use strict";
  const player = document.getElementById("player");
  if (!player) return;
  const video = player.querySelector("video");
  const current = player.querySelector(".quality-now");
  const hlsUrl = player.dataset.hls;
  const storyboard = player.dataset.storyboard;
  const rungs = JSON.parse(player.dataset.rungs || "[]"); // [{quality: "720p", url}], best first
  const Hls = window.Hls;
  // Plyr's quality menu holds numbers: 0 is Auto, 720 the 720p HLS level,
  // MP4 + 720 the 720p single file.
  const AUTO = 0;
  const MP4 = 100000;
  let hls = null;
  let choice = AUTO;

  const height = (rung) => Number.parseInt(rung, 10);
  const rungFor = (value) => rungs.find((r) => height(r.quality) === value % MP4);

  function show(mode, label, rung) {
    player.dataset.playback = mode;
    if (rung) player.dataset.level = rung;
    else delete player.dataset.level;
    if (current) current.textContent = label;
  }

  // ---- sources -------------------------------------------------------------

  function position() {
    return { time: video.currentTime || 0, paused: video.paused, rate: video.playbackRate };
  }

  // After a change of source, carry on from where playback was. The element
  // is preload=none while HLS is expected: a new src would never load.
  function resume(at) {
    video.preload = "auto";
    if (!at) return;
    video.addEventListener(
      "loadedmetadata",
      () => {
        if (at.time > 0 && Math.abs(video.currentTime - at.time) > 0.25) video.currentTime = at.time;
        video.playbackRate = at.rate || 1;
        if (!at.paused) video.play().catch(() => {});
      },
      { once: true },
    );
  }

  // The rung a level stands for, from its playlist URL (.../hls/720p/index.m3u8).
  function rungOf(level) {
    const url = String((level && (level.uri || level.url)) || "");
    const match = url.match(/\/hls\/([0-9]+p)\/index\.m3u8/);
    if (match) return match[1];
    return level && level.height ? `${level.height}p` : "";
  }

  function levelIndex(rung) {
    return hls ? hls.levels.findIndex((level) => rungOf(level) === rung) : -1;
  }

  function showLevel(index) {
    if (!hls) return;
    const rung = rungOf(hls.levels[index]);
    if (choice === AUTO) show("hls", rung ? `Auto · ${rung}` : "Auto", rung);
    else show("hls", rung, rung);
  }

  function applyLevel() {
    if (!hls) return;
    const rung = choice !== AUTO ? rungFor(choice) : null;
    const index = rung ? levelIndex(rung.quality) : -1;
    hls.currentLevel = index; // a rung: switch now, dropping the buffer; -1: adaptive again
    // LEVEL_SWITCHED only follows a real change: say what plays now.
    if (hls.currentLevel >= 0) showLevel(hls.currentLevel);
  }

  function stopHls() {
    if (hls) {
      hls.destroy();
      hls = null;
    }
  }

  function playOriginal(at) {
    stopHls();
    video.src = player.dataset.original;
    show("original", "Original");
    resume(at);
  }

  function startHls(at) {
    stopHls();
    if (Hls && Hls.isSupported()) {
      let recoveries = 0;
      // hls.js seeks to startPosition itself once the first fragments are in;
      // setting currentTime on loadedmetadata would race it.
      hls = new Hls({ startLevel: -1, capLevelToPlayerSize: true, startPosition: at ? at.time : -1 });
      hls.on(Hls.Events.MANIFEST_PARSED, () => {
        applyLevel();
        player.dataset.levels = hls.levels.map(rungOf).join(" ");
      });
      hls.on(Hls.Events.LEVEL_SWITCHED, (_event, data) => showLevel(data.level));
      hls.on(Hls.Events.ERROR, (_event, data) => {
        if (!data.fatal) return;
        recoveries += 1;
        if (recoveries > 3) {
          playOriginal(position()); // give up on HLS, not on the video
        } else if (data.type === Hls.ErrorTypes.NETWORK_ERROR) {
          hls.startLoad();
        } else if (data.type === Hls.ErrorTypes.MEDIA_ERROR) {
          hls.recoverMediaError();
        } else {
          playOriginal(position());
        }
      });
      hls.loadSource(hlsUrl);
      hls.attachMedia(video);
      show("hls", "Auto");
      resume(at ? { ...at, time: 0 } : null);
      return true;
    }
    if (video.canPlayType("application/vnd.apple.mpegurl")) {
      video.src = hlsUrl;
      show("native", "Auto");
      resume(at);
      return true;
    }
    return false;
  }

  function playProgressive(rung, at) {
    stopHls();
    video.src = rung.url;
    show("progressive", `${rung.quality} MP4`, rung.quality);
    resume(at);
  }

  function choose(value) {
    const at = position();
    const before = choice;
    choice = value;
    if (value >= MP4) {
      const rung = rungFor(value);
      if (rung) playProgressive(rung, at);
      return;
    }
    if (hls && before < MP4) {
      applyLevel(); // same hls.js instance: just change the level
      return;
    }
    if (!startHls(at)) playOriginal(at);
  }

  // ---- the controls ----------------------------------------------------------------

  function qualityOptions(native) {
    if (!hlsUrl) return [];
    const levels = native ? [] : rungs.map((r) => height(r.quality));
    return [AUTO, ...levels, ...rungs.map((r) => MP4 + height(r.quality))];
  }

  function qualityLabels() {
    const labels = { [AUTO]: "Auto" };
    for (const r of rungs) {
      labels[height(r.quality)] = r.quality;
      labels[MP4 + height(r.quality)] = `${r.quality} MP4`;
    }
    return labels;
  }

  function dress(options, selected = AUTO) {
    if (!window.Plyr) return null; // the browser's own controls still work
    const plyr = new window.Plyr(video, {
      iconUrl: player.dataset.icons,
      blankVideo: "",
      controls: [
        "play-large", "play", "progress", "current-time", "duration", "mute", "volume",
        "captions", "settings", "pip", "fullscreen",
      ],
      settings: ["captions", "quality", "speed"],
      keyboard: { focused: true, global: true },
      seekTime: 5,
      tooltips: { controls: true, seek: true },
      invertTime: false,
      storage: { enabled: false }, // one video's quality must not pick the next one's
      captions: { active: false, update: true },
      speed: { selected: 1, options: [0.5, 0.75, 1, 1.25, 1.5, 2] },
      previewThumbnails: { enabled: Boolean(storyboard), src: storyboard || "" },
      quality: { default: selected, options, forced: true, onChange: choose },
      i18n: { qualityLabel: qualityLabels() },
    });
    window.t2mPlayer = plyr; // for the console and the browser tests
    return plyr;
  }

  function setUpTheatre() {
    const button = player.querySelector(".theatre-toggle");
    if (!button) return;
    const toggle = () => {
      const on = !document.body.classList.contains("theatre");
      document.body.classList.toggle("theatre", on);
      button.setAttribute("aria-pressed", String(on));
      button.textContent = on ? "Default view" : "Theatre mode";
    };
    button.addEventListener("click", toggle);
    document.addEventListener("keydown", (event) => {
      if (event.key !== "t" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
      toggle();
    });
  }

  // ---- start ---------------------------------------------------------------------

  setUpTheatre();
  if (!hlsUrl) {
    show("original", "Original");
    dress([]);
    return;
  }
  const mse = Boolean(Hls && Hls.isSupported());
  const native = !mse && video.canPlayType("application/vnd.apple.mpegurl") !== "";
  if (mse || native) {
    startHls(null);
    // The native player picks the rung itself: there only Auto and the MP4s make sense.
    dress(qualityOptions(native));
  } else if (rungs.length) {
    // Neither MSE nor native HLS: the progressive renditions still play.
    const smallest = rungs[rungs.length - 1];
    choice = MP4 + height(smallest.quality);
    playProgressive(smallest, null);
    dress(rungs.map((r) => MP4 + height(r.quality)), choice);
  } else {
    playOriginal(null);
    dress([]);
  }
})();
