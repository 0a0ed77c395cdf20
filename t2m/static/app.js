// Small page behaviours that HTMX does not cover.
document.addEventListener("htmx:responseError", (event) => {
  const box = document.getElementById("flashes");
  if (!box) return;
  const div = document.createElement("div");
  div.className = "flash flash-error";
  div.setAttribute("role", "alert");
  div.textContent = "The server could not complete that request (" + event.detail.xhr.status + ").";
  box.appendChild(div);
});
document.addEventListener("htmx:sendError", () => {
  const box = document.getElementById("flashes");
  if (!box) return;
  const div = document.createElement("div");
  div.className = "flash flash-error";
  div.setAttribute("role", "alert");
  div.textContent = "Could not reach the server. Check your connection and try again.";
  box.appendChild(div);
});

// Flash messages can be dismissed.
function addDismissButtons(root) {
  root.querySelectorAll(".flashes .flash:not([data-dismissable])").forEach((flash) => {
    flash.setAttribute("data-dismissable", "");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "dismiss";
    button.setAttribute("aria-label", "Dismiss");
    button.textContent = "×";
    button.addEventListener("click", () => flash.remove());
    flash.appendChild(button);
  });
}
document.addEventListener("DOMContentLoaded", () => addDismissButtons(document));

// Copy buttons: <button data-copy="#id"> copies that input's value (or that
// element's text); with data-copy-now it also does so as soon as it arrives
// (the click that asked the server for the value is what the user meant by "Copy").
async function copyFor(button) {
  const input = document.querySelector(button.getAttribute("data-copy"));
  if (!input) return;
  const label = button.dataset.label || button.textContent;
  button.dataset.label = label;
  try {
    await navigator.clipboard.writeText("value" in input ? input.value : input.textContent.trim());
    button.textContent = "Copied";
  } catch (err) {
    // No clipboard access (e.g. plain http): select it for the user to copy.
    if ("select" in input) input.select();
    else window.getSelection().selectAllChildren(input);
    button.textContent = "Press Ctrl+C";
  }
  setTimeout(() => { button.textContent = label; }, 1500);
}
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (button) copyFor(button);
});
document.addEventListener("htmx:load", (event) => {
  const root = event.detail.elt;
  if (!root.querySelectorAll) return;
  const now = root.matches("[data-copy-now]") ? [root] : root.querySelectorAll("[data-copy-now]");
  now.forEach((button) => copyFor(button));
});

// Sizes carried by data attributes, in percent: <span data-width="42.5">. The CSP
// refuses style="" in the markup, but a script may set element.style. Applied on
// load and to swapped-in content: htmx:afterSwap comes before the browser paints
// it, htmx:load (after the settle delay) catches whatever else htmx adds.
function applySizes(root) {
  if (!root || !root.querySelectorAll) return;
  const found = Array.from(root.querySelectorAll("[data-width], [data-height]"));
  if (root.matches && root.matches("[data-width], [data-height]")) found.push(root);
  found.forEach((el) => {
    if (el.dataset.width !== undefined) el.style.width = `${Number(el.dataset.width) || 0}%`;
    if (el.dataset.height !== undefined) el.style.height = `${Number(el.dataset.height) || 0}%`;
  });
}
document.addEventListener("DOMContentLoaded", () => applySizes(document));
document.addEventListener("htmx:afterSwap", (event) => applySizes(event.target));
document.addEventListener("htmx:load", (event) => applySizes(event.detail.elt));

// The main menu on narrow screens: a button opens and closes it.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".menu-toggle");
  const bar = toggle && toggle.closest(".topbar");
  if (!bar) return;
  const set = (open) => {
    bar.classList.toggle("menu-open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  };
  toggle.addEventListener("click", () => set(toggle.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      set(false);
      toggle.focus();
    }
  });
});

// A form sent in place: the messages above it are about what came before, so
// they go (a "You are signed out." over "Incorrect username or password" says
// two things at once); when it comes back with errors, the first field in
// error takes the focus, as a page load with errors would give it.
document.addEventListener("htmx:beforeRequest", (event) => {
  if (event.detail.requestConfig.verb === "get") return;
  document.querySelectorAll("#flashes .flash").forEach((flash) => flash.remove());
});
document.addEventListener("htmx:afterSettle", (event) => {
  if (!event.detail.requestConfig || event.detail.requestConfig.verb === "get") return;
  const invalid = document.querySelector('main [aria-invalid="true"]');
  if (invalid) invalid.focus();
});

// Buttons that ask first: <button data-confirm="Delete…?"> (the CSP allows no
// onclick=""); a refusal stops the click, so neither the form nor htmx submits.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.getAttribute("data-confirm"))) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// The library's bulk bar: how many files are ticked, "select all", and the
// actions only usable once something is selected. The ticks are remembered by
// file id: a processing card that refreshes itself comes back ticked.
const bulkSelected = new Set();
function bulkBoxes() {
  return Array.from(document.querySelectorAll('input[name="file_ids"][form="bulk-form"]'));
}
function updateBulk() {
  const form = document.getElementById("bulk-form");
  if (!form) return;
  const boxes = bulkBoxes();
  boxes.forEach((b) => { if (bulkSelected.has(b.value)) b.checked = true; });
  const ticked = boxes.filter((b) => b.checked).length;
  const all = form.querySelector("[data-bulk-all]");
  const count = form.querySelector("[data-bulk-count]");
  if (count) count.textContent = ticked ? `${ticked} selected` : "Select all";
  if (all) {
    all.checked = ticked > 0 && ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  }
  const actions = form.querySelector("[data-bulk-actions]");
  if (actions) {
    actions.setAttribute("aria-disabled", String(!ticked));
    actions.querySelectorAll("button").forEach((b) => { b.disabled = !ticked; });
  }
}
document.addEventListener("change", (event) => {
  const target = event.target;
  if (target.matches("[data-bulk-all]")) {
    bulkBoxes().forEach((b) => {
      b.checked = target.checked;
      if (b.checked) bulkSelected.add(b.value); else bulkSelected.delete(b.value);
    });
  } else if (target.matches('input[name="file_ids"]')) {
    if (target.checked) bulkSelected.add(target.value); else bulkSelected.delete(target.value);
  }
  if (target.matches("[data-bulk-all], input[name='file_ids']")) updateBulk();
});
// An action sent: the grid comes back fresh, with nothing ticked.
document.addEventListener("submit", (event) => {
  if (event.target.id === "bulk-form") bulkSelected.clear();
});
document.addEventListener("htmx:load", updateBulk);
document.addEventListener("DOMContentLoaded", updateBulk);
