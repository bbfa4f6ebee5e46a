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
