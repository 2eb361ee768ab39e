// On Record's only script (CSP: no inline scripts). Every page works without it; it adds spoken
// announcements of HTMX updates, focus management, a filter form kept in step with the address bar,
// and copy buttons.
(function () {
  "use strict";

  function say(text) {
    var live = document.getElementById("live-status");
    if (live && text) live.textContent = text;
  }

  // The swapped-in element (an outerHTML swap leaves the event's target detached) says what to announce.
  function announce() {
    var source = document.querySelector("main [data-announce]");
    if (source) say(source.getAttribute("data-announce"));
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
      if (!navigator.clipboard || button.dataset.bound) return;
      button.hidden = false;
      button.dataset.bound = "1";
      button.addEventListener("click", function () {
        var field = document.getElementById(button.getAttribute("data-copy-target"));
        if (!field) return;
        var label = button.textContent;
        navigator.clipboard.writeText(field.value).then(function () {
          button.textContent = "Copied";
          say("Copied to the clipboard");
          window.setTimeout(function () { button.textContent = label; }, 2000);
        }, function () {
          field.focus();
          field.select();
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { enableCopyButtons(document); });

  // The search box updates the list as one types (see the form's hx-trigger); its "change" on blur
  // would send the same request again, racing a facet link clicked next, so it stops here.
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "filter-q") event.stopPropagation();
  }, true);

  // What the request that is under way was: more rows, or a link inside the results.
  var pending = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var detail = event.detail || {};
    var target = detail.target;
    var elt = detail.elt;
    if (target && target.id === "load-more-item") {
      var shown = document.querySelectorAll("#statement-list .statement-item").length;
      pending = { xhr: detail.xhr, kind: "more", rows: shown };
    } else if (target && target.id === "results" && elt && elt.tagName === "A") {
      pending = { xhr: detail.xhr, kind: "link" };
    } else {
      pending = { xhr: detail.xhr, kind: "other" };
    }
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var detail = event.detail || {};
    if (!pending || detail.xhr !== pending.xhr) return;
    var done = pending;
    pending = null;
    if (done.kind === "more") {
      var rows = document.querySelectorAll("#statement-list .statement-item");
      say((rows.length - done.rows) + " more statements loaded, " + rows.length + " shown");
      var first = rows[done.rows];
      if (first) { first.setAttribute("tabindex", "-1"); first.focus(); }
      return;
    }
    announce();
    if (done.kind === "link") {
      // The link that was followed is gone with the old list: continue from the new results heading.
      var heading = document.getElementById("results-heading");
      if (heading) heading.focus();
    }
  });

  document.addEventListener("htmx:pushedIntoHistory", syncForm);
  document.addEventListener("htmx:historyRestore", syncForm);
})();
