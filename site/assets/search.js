/* rolebook: the search box. Reading the handbook needs no JavaScript; search does. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) return;
  function say(text) {
    var p = document.createElement("p");
    p.className = "search-note";
    p.setAttribute("role", "status");
    p.textContent = text;
    box.appendChild(p);
  }
  // Pagefind fetches its index and WebAssembly, which browsers refuse from file://.
  if (location.protocol === "file:") {
    say(box.getAttribute("data-offline"));
    return;
  }
  if (typeof PagefindUI !== "function") {
    say(box.getAttribute("data-offline"));
    return;
  }
  var base = new URL(box.getAttribute("data-root") || "./", location.href).pathname;
  // Pagefind's input has only a placeholder; name it by the visible label.
  new MutationObserver(function (_, observer) {
    var input = box.querySelector("input");
    if (input) {
      input.setAttribute("aria-labelledby", "search-label");
      observer.disconnect();
    }
  }).observe(box, { childList: true, subtree: true });
  new PagefindUI({
    element: "#search",
    baseUrl: base,
    bundlePath: base + "pagefind/",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: box.getAttribute("data-placeholder") }
  });
})();
