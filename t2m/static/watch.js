// The watch page's player (templates/library/_player.html).
//
// With a ladder (data-hls on #player) the <video> plays the signed HLS master
// playlist through hls.js (Media Source Extensions), or natively where the
// browser plays HLS itself and has no MSE (iOS Safari). The quality menu
// offers Auto and each rung (an hls.js level), and each rung as a single
// progressive MP4 (signed link, HTTP Range): the only way to pick a rung on
// the native path. A seek bar under the video shows storyboard previews
// (WebVTT thumbnails track + sprite) while hovered or moved with the keys.
// #player's data-playback says what is playing: hls, native, progressive or
// original (no ladder, or hls.js gave up).
(() => {
  "use strict";
  const player = document.getElementById("player");
  if (!player) return;
  const video = player.querySelector("video");
  const select = player.querySelector("#quality-select");
  const current = player.querySelector(".quality-now");
  const hlsUrl = player.dataset.hls;
  const Hls = window.Hls;
  let hls = null;
  let choice = "auto"; // the menu's value: auto, hls:<rung> or mp4:<rung>

  function formatTime(seconds) {
    const s = Math.max(0, Math.floor(seconds || 0));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = String(s % 60).padStart(2, "0");
    return h ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
  }

  function show(mode, label, rung) {
    player.dataset.playback = mode;
    if (rung) player.dataset.level = rung;
    else delete player.dataset.level;
    if (current) current.textContent = label;
  }

  // ---- sources -------------------------------------------------------------

  function position() {
    return { time: video.currentTime || 0, paused: video.paused };
  }

  // After a change of source, carry on from where playback was.
  function resume(at) {
    if (!at || (!at.time && at.paused)) return;
    video.addEventListener(
      "loadedmetadata",
      () => {
        if (at.time > 0) video.currentTime = at.time;
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
    if (choice === "auto") show("hls", rung ? `Auto · ${rung}` : "Auto", rung);
    else show("hls", rung, rung);
  }

  function applyLevel() {
    if (!hls) return;
    if (choice.startsWith("hls:")) {
      const index = levelIndex(choice.slice(4));
      if (index >= 0) hls.currentLevel = index; // switch now, dropping the buffer
    } else {
      hls.currentLevel = -1; // adaptive again
    }
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
      hls = new Hls({ startLevel: -1, capLevelToPlayerSize: true });
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
      resume(at);
      return true;
    }
    if (video.canPlayType("application/vnd.apple.mpegurl")) {
      video.src = hlsUrl;
      show("native", "Auto");
      resume(at);
      // The native player picks the rung itself: only Auto and the MP4s make sense.
      player.querySelectorAll(".quality-hls option:not([value=auto])").forEach((o) => o.remove());
      return true;
    }
    return false;
  }

  function playProgressive(option, at) {
    stopHls();
    video.src = option.dataset.src;
    const rung = option.value.slice(4);
    show("progressive", `${rung} MP4`, rung);
    resume(at);
  }

  function choose(value) {
    const at = position();
    const before = choice;
    choice = value;
    if (value.startsWith("mp4:")) {
      const option = select.querySelector(`option[value="${CSS.escape(value)}"]`);
      if (option) playProgressive(option, at);
      return;
    }
    if (hls && !before.startsWith("mp4:")) {
      applyLevel(); // same hls.js instance: just change the level
      return;
    }
    if (!startHls(at)) playOriginal(at);
  }

  // ---- storyboard previews over the seek bar ----------------------------------

  function parseTime(text) {
    const parts = text.trim().split(":").map(Number);
    return parts.reduce((total, part) => total * 60 + part, 0);
  }

  // The cues of a WebVTT thumbnails track: {start, end, url, x, y, w, h}.
  function parseStoryboard(text, base) {
    const cues = [];
    for (const block of text.replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
      const lines = block.trim().split("\n");
      const at = lines.findIndex((line) => line.includes("-->"));
      if (at < 0 || !lines[at + 1]) continue;
      const [start, end] = lines[at].split("-->").map((t) => parseTime(t.split(" ").filter(Boolean)[0]));
      const target = lines[at + 1].trim();
      const hash = target.lastIndexOf("#xywh=");
      if (hash < 0) continue;
      const [x, y, w, h] = target.slice(hash + 6).split(",").map(Number);
      cues.push({ start, end, url: new URL(target.slice(0, hash), base).href, x, y, w, h });
    }
    return cues;
  }

  // Filled once the track has loaded; until then the preview shows the time only.
  const cues = [];

  function setUpSeekBar() {
    const bar = player.querySelector(".seek");
    const range = player.querySelector(".seek-range");
    const preview = player.querySelector(".seek-preview");
    if (!bar || !range) return;
    const thumb = preview.querySelector(".seek-thumb");
    const label = preview.querySelector(".seek-time");
    let dragging = false;

    const duration = () => video.duration || Number(range.max) || 0;
    function describe(seconds) {
      range.setAttribute("aria-valuetext", `${formatTime(seconds)} of ${formatTime(duration())}`);
    }

    function previewAt(seconds, fraction) {
      const cue = cues.find((c) => seconds >= c.start && seconds < c.end) || cues[cues.length - 1];
      label.textContent = formatTime(seconds);
      if (cue) {
        thumb.hidden = false;
        thumb.style.width = `${cue.w}px`;
        thumb.style.height = `${cue.h}px`;
        thumb.style.backgroundImage = `url("${cue.url}")`;
        thumb.style.backgroundPosition = `-${cue.x}px -${cue.y}px`;
      } else {
        thumb.hidden = true;
      }
      preview.hidden = false;
      const width = preview.offsetWidth;
      const left = fraction * bar.clientWidth - width / 2;
      preview.style.left = `${Math.max(0, Math.min(bar.clientWidth - width, left))}px`;
      player.dataset.preview = cue ? `${cue.x},${cue.y}` : "";
    }
    function hide() {
      preview.hidden = true;
    }

    bar.addEventListener("pointermove", (event) => {
      const rect = range.getBoundingClientRect();
      const fraction = Math.max(0, Math.min(1, (event.clientX - rect.left) / rect.width));
      previewAt(fraction * duration(), fraction);
    });
    bar.addEventListener("pointerleave", () => {
      if (document.activeElement !== range || !dragging) hide();
    });
    range.addEventListener("pointerdown", () => { dragging = true; });
    window.addEventListener("pointerup", () => { dragging = false; });
    range.addEventListener("input", () => {
      const seconds = Number(range.value);
      video.currentTime = seconds;
      describe(seconds);
      if (duration()) previewAt(seconds, seconds / duration()); // keyboard users see it too
    });
    range.addEventListener("blur", hide);
    range.addEventListener("keyup", (event) => {
      if (event.key === "Escape") hide();
    });
    video.addEventListener("durationchange", () => {
      if (video.duration && Number.isFinite(video.duration)) range.max = String(video.duration);
    });
    video.addEventListener("timeupdate", () => {
      if (dragging) return;
      range.value = String(video.currentTime);
      describe(video.currentTime);
    });
    describe(0);
  }

  async function loadStoryboard() {
    const url = player.dataset.storyboard;
    if (url) {
      try {
        const response = await fetch(url, { credentials: "same-origin" });
        if (response.ok) cues.push(...parseStoryboard(await response.text(), new URL(url, location.href)));
      } catch (err) {
        // Previews are a nicety: the seek bar works without them.
      }
    }
    player.dataset.storyboardCues = String(cues.length);
  }

  // ---- start ---------------------------------------------------------------------

  if (!hlsUrl) {
    show("original", "Original");
    return;
  }
  if (select) {
    select.value = "auto";
    select.addEventListener("change", () => choose(select.value));
  }
  if (!startHls(null)) {
    // Neither MSE nor native HLS: the progressive renditions still play.
    player.querySelector(".quality-hls")?.remove();
    const first = select && select.querySelector("option[data-src]");
    if (first) {
      select.value = first.value;
      choose(first.value);
    } else {
      playOriginal(null);
    }
  }
  setUpSeekBar();
  loadStoryboard();
})();
