// Progressive enhancement only: every page works without this file.
// 1. Document view: after following an evidence link, move keyboard focus to the
//    highlighted span so screen readers announce it.
// 2. Timeline: a "zoom" control that hides list items outside a chosen decade/year
//    without a round trip (the server-side filter form does the same with a reload).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var span = document.querySelector(".hl.k-evidence");
  if (span && location.hash === "#evidence") {
    // after "load": the browser's own fragment navigation would otherwise reset focus
    window.addEventListener("load", function () {
      span.setAttribute("tabindex", "-1");
      span.focus({ preventScroll: true });
    });
  }
  var list = document.querySelector("ol.pubs");
  var form = document.querySelector("form.filters");
  if (!list || !form || !document.querySelector("#publications")) return;
  var years = {};
  list.querySelectorAll("li time.date").forEach(function (t) { years[t.textContent.slice(0, 4)] = true; });
  var keys = Object.keys(years).filter(function (y) { return /^\d{4}$/.test(y); }).sort();
  if (keys.length < 2) return;
  var label = document.createElement("label");
  label.textContent = "Zoom to year ";
  var select = document.createElement("select");
  select.appendChild(new Option("all", ""));
  keys.forEach(function (y) { select.appendChild(new Option(y, y)); });
  label.appendChild(select);
  form.appendChild(label);
  select.addEventListener("change", function () {
    document.querySelectorAll("ol.timeline li").forEach(function (li) {
      var t = li.querySelector("time.date");
      var hide = select.value && (!t || t.textContent.slice(0, 4) !== select.value);
      li.classList.toggle("hidden-by-zoom", Boolean(hide));
    });
  });
});
