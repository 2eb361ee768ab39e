// On Record's only script (CSP: no inline scripts). Everything works without it; it adds
// announcements of HTMX updates, keeps the filter form in step with the address bar, and copy buttons.
(function () {
  "use strict";

  function announce(root) {
    var live = document.getElementById("live-status");
    if (!live || !root) return;
    var source = root.matches && root.matches("[data-announce]") ? root : root.querySelector && root.querySelector("[data-announce]");
    if (source) live.textContent = source.getAttribute("data-announce");
  }

  // After a facet link or chip changed the list, make the form show the same filters as the URL.
  function syncForm() {
    var form = document.getElementById("filters");
    if (!form) return;
    var params = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.type === "submit" || field.type === "hidden") return;
      var value = params.get(field.name) || "";
      if (field.value !== value && document.activeElement !== field) field.value = value;
    });
  }

  function enableCopyButtons(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll("[data-copy-target]"), function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      if (button.dataset.bound) return;
      button.dataset.bound = "1";
      button.addEventListener("click", function () {
        var field = document.getElementById(button.getAttribute("data-copy-target"));
        if (!field) return;
        var label = button.textContent;
        navigator.clipboard.writeText(field.value).then(function () {
          button.textContent = "Copied";
          var live = document.getElementById("live-status");
          if (live) live.textContent = "Copied to the clipboard";
          window.setTimeout(function () { button.textContent = label; }, 2000);
        }, function () {
          field.focus();
          field.select();
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { enableCopyButtons(document); });

  // "More statements": remember how many rows there were, then focus the first new one and say so.
  var rowsBefore = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var target = event.detail && event.detail.target;
    rowsBefore = target && target.id === "load-more-item"
      ? document.querySelectorAll("#statement-list .statement-item").length : null;
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.target;
    if (rowsBefore !== null) {
      var rows = document.querySelectorAll("#statement-list .statement-item");
      var live = document.getElementById("live-status");
      if (live) live.textContent = (rows.length - rowsBefore) + " more statements loaded, " + rows.length + " shown";
      var first = rows[rowsBefore];
      if (first) { first.setAttribute("tabindex", "-1"); first.focus(); }
      rowsBefore = null;
      return;
    }
    announce(target);
    var elt = event.detail && event.detail.elt;
    // A facet link or chip replaced the list it sat in: move focus to the new results heading.
    if (target && target.id === "results" && elt && !document.body.contains(elt)) {
      var heading = document.getElementById("results-heading");
      if (heading) heading.focus();
    }
  });

  document.addEventListener("htmx:pushedIntoHistory", syncForm);
  document.addEventListener("htmx:historyRestore", syncForm);
})();
