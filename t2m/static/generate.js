// The generate pages (templates/generate/).
//
// Answers of 409 and 422 to the generation form and to the live view's buttons
// carry the form or the live view with the messages in it: htmx is told to swap
// them in rather than treat them as failures. The form greys out what the chosen
// story topic ignores (a written story has no use for the prompt, unless it is
// the custom topic; narrating the prompt has no use for the story length).
(() => {
  "use strict";

  document.addEventListener("htmx:beforeSwap", (event) => {
    const status = event.detail.xhr.status;
    if (status !== 409 && status !== 422) return;
    const target = event.detail.target;
    if (!target || !target.closest("[data-generate]")) return;
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  });

  function followTopic(root) {
    const topic = root.querySelector("#generate-form #story_topic");
    if (!topic || topic.dataset.followed) return;
    topic.dataset.followed = "true";
    const form = topic.form;
    const prompt = form.querySelector("#prompt");
    const narration = form.querySelector("#narration");
    const update = () => {
      const value = topic.value;
      if (prompt) prompt.disabled = value !== "" && value !== "custom";
      // A written story is always narrated; a prompt may be pictures only.
      if (narration) narration.disabled = value !== "";
    };
    topic.addEventListener("change", update);
    update();
  }

  document.addEventListener("htmx:load", (event) => followTopic(event.detail.elt));
  document.addEventListener("DOMContentLoaded", () => followTopic(document));
})();
