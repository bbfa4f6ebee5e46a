// Keeps the ticks of a checklists page in this browser, one set per order
// number typed in the bar above the lists; nothing leaves the browser.
(function () {
  "use strict";
  var bar = document.getElementById("order-bar");
  var input = document.getElementById("order-number");
  var fresh = document.getElementById("new-order");
  if (!bar || !input || !fresh) return;
  var store;
  try {
    store = window.localStorage;
    store.setItem("rolebook:probe", "1");
    store.removeItem("rolebook:probe");
  } catch (e) {
    return; // No storage (a private window, a policy): the page works as paper.
  }
  var page = "rolebook:" + location.pathname;
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".checklist input[type=checkbox]"));
  function key(order) { return page + ":order:" + order.trim(); }
  function load(order) {
    var saved = {};
    try { saved = JSON.parse(store.getItem(key(order)) || "{}") || {}; } catch (e) { saved = {}; }
    boxes.forEach(function (b) { b.checked = saved[b.id] === true; });
  }
  function save() {
    var order = input.value.trim();
    if (!order) return;
    var ticked = {};
    boxes.forEach(function (b) { if (b.checked) ticked[b.id] = true; });
    store.setItem(key(order), JSON.stringify(ticked));
    store.setItem(page + ":current", order);
  }
  bar.hidden = false;
  input.value = store.getItem(page + ":current") || "";
  if (input.value) load(input.value);
  boxes.forEach(function (b) { b.addEventListener("change", save); });
  input.addEventListener("change", function () {
    var order = input.value.trim();
    store.setItem(page + ":current", order);
    if (order) load(order); else boxes.forEach(function (b) { b.checked = false; });
  });
  fresh.addEventListener("click", function () {
    input.value = "";
    store.removeItem(page + ":current");
    boxes.forEach(function (b) { b.checked = false; });
    input.focus();
  });
})();
