// Copy button for the cross-device verification code. Served from /static/confirmation.js because the
// pages' CSP allows no inline script. Without JavaScript the code can still be selected and copied.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("copy");
  const target = button && document.getElementById(button.dataset.copyTarget);
  if (!button || !target || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(target.textContent.trim());
      button.textContent = "Copied";
    } catch {
      button.textContent = "Select the code and copy it";
    }
  });
});
