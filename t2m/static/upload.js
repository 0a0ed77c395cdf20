// Library uploads: a drop zone and a multi-file input. Every file goes up in
// its own XMLHttpRequest (so each has a progress bar, a cancel button and its
// own result), at most MAX_PARALLEL at a time. The server answers JSON:
// {ok, file_id, message, url} or {ok: false, code, message}.
(() => {
  "use strict";

  const MAX_PARALLEL = 3;
  const zone = document.querySelector("[data-upload-zone]");
  if (!zone) return;

  const input = zone.querySelector('input[type="file"]');
  const dropzone = zone.querySelector(".dropzone");
  const description = zone.querySelector("#upload-description");
  const results = zone.querySelector(".upload-results");
  const list = zone.querySelector("#upload-list");
  const template = zone.querySelector("#upload-item");
  const clear = zone.querySelector("[data-upload-clear]");
  const url = zone.dataset.uploadUrl;
  const maxBytes = Number(zone.dataset.maxBytes) || 0;
  const maxMb = zone.dataset.maxMb;

  const waiting = [];
  let running = 0;
  let refreshTimer = null;

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function humanSize(bytes) {
    const units = ["B", "KB", "MB", "GB", "TB"];
    let size = bytes;
    let unit = 0;
    while (size >= 1024 && unit < units.length - 1) {
      size /= 1024;
      unit += 1;
    }
    return unit === 0 ? `${size} B` : `${size.toFixed(1)} ${units[unit]}`;
  }

  // What to say when the answer is not our JSON (a proxy's page, a 413 raised
  // before the view ran, a redirect to the sign-in page).
  function fallbackMessage(xhr) {
    if (xhr.responseURL && new URL(xhr.responseURL).pathname === "/login") {
      return "You are signed out. Reload the page and sign in again.";
    }
    switch (xhr.status) {
      case 400: return "The form expired. Reload the page and try again.";
      case 413: return `This file is larger than the ${maxMb} MB upload limit.`;
      case 415: return "This kind of file is not accepted.";
      case 429: return "Too many uploads at once; wait a moment and try again.";
      default: return `The upload failed (HTTP ${xhr.status || "error"}).`;
    }
  }

  function parse(xhr) {
    const type = xhr.getResponseHeader("Content-Type") || "";
    if (!type.includes("application/json")) return null;
    try {
      return JSON.parse(xhr.responseText);
    } catch {
      return null;
    }
  }

  // Show new files in the grid: reload the grid fragment for the current
  // filters (once, shortly after a burst of uploads finishes).
  function refreshGrid() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      if (window.htmx && document.getElementById("library-grid")) {
        window.htmx.ajax("GET", window.location.pathname + window.location.search, {
          target: "#library-grid",
          swap: "outerHTML",
        });
      }
    }, 250);
  }

  // "3 of 22 uploaded · 1 failed · 18 to go" over the list of a batch.
  function summarize() {
    const summary = zone.querySelector(".upload-summary");
    if (!summary) return;
    const states = Array.from(list.children).map((el) => el.dataset.state);
    const count = (...names) => states.filter((s) => names.includes(s)).length;
    const done = count("done");
    const failed = count("error");
    const cancelled = count("cancelled");
    const left = states.length - done - failed - cancelled;
    const parts = [`${done} of ${states.length} uploaded`];
    if (failed) parts.push(`${failed} failed`);
    if (cancelled) parts.push(`${cancelled} cancelled`);
    if (left) parts.push(`${left} to go`);
    summary.textContent = states.length ? parts.join(" · ") : "";
  }

  function setState(item, state, label, message) {
    item.el.dataset.state = state;
    item.el.querySelector(".upload-state").textContent = label;
    const text = item.el.querySelector(".upload-message");
    text.textContent = message || "";
    text.setAttribute("role", state === "error" ? "alert" : "status");
    const finished = ["done", "error", "cancelled"].includes(state);
    item.el.querySelector(".upload-cancel").hidden = finished;
    summarize();
  }

  function setProgress(item, fraction) {
    const bar = item.el.querySelector(".upload-progress");
    bar.value = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    bar.textContent = `${bar.value}%`;
  }

  function next() {
    while (running < MAX_PARALLEL && waiting.length) {
      start(waiting.shift());
    }
  }

  function finish(item) {
    item.xhr = null;
    running -= 1;
    next();
  }

  function start(item) {
    running += 1;
    const xhr = new XMLHttpRequest();
    item.xhr = xhr;
    xhr.open("POST", url);
    xhr.setRequestHeader("X-CSRFToken", csrfToken());
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(item, event.loaded / event.total);
    };
    xhr.upload.onload = () => {
      // Every byte is sent; the server now checks and stores the file.
      setProgress(item, 1);
      setState(item, "checking", "Checking…");
    };
    xhr.onload = () => {
      const body = parse(xhr);
      if (xhr.status >= 200 && xhr.status < 300 && body && body.ok) {
        setProgress(item, 1);
        setState(item, "done", "Done", body.message);
        const open = item.el.querySelector(".upload-open");
        open.href = body.url;
        open.hidden = false;
        item.el.dataset.fileId = body.file_id;
        refreshGrid();
      } else {
        setState(item, "error", "Failed", (body && body.message) || fallbackMessage(xhr));
      }
      finish(item);
    };
    xhr.onerror = () => {
      setState(item, "error", "Failed", "Could not reach the server. Check your connection and try again.");
      finish(item);
    };
    xhr.onabort = () => {
      setState(item, "cancelled", "Cancelled", "The upload was cancelled; nothing was stored.");
      finish(item);
    };
    const form = new FormData();
    form.append("file", item.file, item.file.name);
    if (item.description) form.append("description", item.description);
    setState(item, "uploading", "Uploading…");
    xhr.send(form);
  }

  function cancel(item) {
    if (item.xhr) {
      item.xhr.abort();
      return;
    }
    const index = waiting.indexOf(item);
    if (index !== -1) waiting.splice(index, 1);
    setState(item, "cancelled", "Cancelled", "The upload was cancelled; nothing was stored.");
  }

  function add(file) {
    const el = template.content.firstElementChild.cloneNode(true);
    const item = { el, file, xhr: null, description: description ? description.value.trim() : "" };
    el.querySelector(".upload-name").textContent = file.name;
    el.querySelector(".upload-name").title = file.name;
    el.querySelector(".upload-size").textContent = humanSize(file.size);
    el.querySelector(".upload-cancel").addEventListener("click", () => cancel(item));
    el.querySelector(".upload-cancel").setAttribute("aria-label", `Cancel ${file.name}`);
    list.prepend(el);
    results.hidden = false;
    if (maxBytes && file.size > maxBytes) {
      // Refused here rather than after sending gigabytes the server would refuse.
      setState(item, "error", "Failed", `This file is larger than the ${maxMb} MB upload limit.`);
      return;
    }
    setState(item, "queued", "Waiting…");
    waiting.push(item);
  }

  function addAll(files) {
    Array.from(files).forEach(add);
    next();
  }

  input.addEventListener("change", () => {
    addAll(input.files);
    input.value = ""; // choosing the same file again fires "change" again
  });

  ["dragenter", "dragover"].forEach((name) => {
    dropzone.addEventListener(name, (event) => {
      event.preventDefault();
      dropzone.classList.add("is-dragover");
    });
  });
  ["dragleave", "dragend"].forEach((name) => {
    dropzone.addEventListener(name, (event) => {
      if (!dropzone.contains(event.relatedTarget)) dropzone.classList.remove("is-dragover");
    });
  });
  dropzone.addEventListener("drop", (event) => {
    event.preventDefault();
    dropzone.classList.remove("is-dragover");
    if (event.dataTransfer && event.dataTransfer.files.length) addAll(event.dataTransfer.files);
  });
  // A file dropped next to the zone must not make the browser leave the page.
  ["dragover", "drop"].forEach((name) => {
    window.addEventListener(name, (event) => {
      if (!zone.contains(event.target)) event.preventDefault();
    });
  });

  clear.addEventListener("click", () => {
    list.querySelectorAll('.upload-item:is([data-state="done"], [data-state="error"], [data-state="cancelled"])')
      .forEach((el) => el.remove());
    results.hidden = list.children.length === 0;
    summarize();
  });

  // Leaving the page would cut uploads off half-way: ask first.
  window.addEventListener("beforeunload", (event) => {
    if (running || waiting.length) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
