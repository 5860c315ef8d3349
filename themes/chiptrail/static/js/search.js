/* The search page: Pagefind's UI, with the search and its filters kept in the address
   (?q=H200&stance=easing&chip=H200) so a search can be bookmarked and shared.
   Results show each article's date, source and stance from its Pagefind metadata. */
(function () {
  "use strict";
  var container = document.getElementById("search");
  if (!container || typeof PagefindUI === "undefined") { return; }
  var filterNames = container.getAttribute("data-search-filters").split(" ");

  function escapeHtml(text) {
    var span = document.createElement("span");
    span.textContent = String(text);
    return span.innerHTML;
  }

  function metaLine(meta) {
    var parts = [meta.date, meta.source, meta.stance].filter(Boolean).map(escapeHtml);
    return parts.length ? '<span class="search-meta">' + parts.join(" · ") + "</span> " : "";
  }

  function writeAddress(term) {
    var params = new URLSearchParams();
    if (term) { params.set("q", term); }
    container.querySelectorAll("input[type=checkbox]:checked").forEach(function (box) {
      if (filterNames.indexOf(box.name) !== -1) { params.append(box.name, box.value); }
    });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  }

  var ui = new PagefindUI({
    element: "#search",
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    autofocus: false,
    processResult: function (result) {
      result.excerpt = metaLine(result.meta || {}) + result.excerpt;
      return result;
    },
    processTerm: function (term) {
      writeAddress(term);
      return term;
    }
  });

  container.addEventListener("change", function (event) {
    if (event.target.type === "checkbox") {
      var input = container.querySelector("input[type=text], input[type=search]");
      writeAddress(input ? input.value : "");
    }
  });

  var params = new URLSearchParams(location.search);
  var filters = {};
  filterNames.forEach(function (name) {
    var values = params.getAll(name);
    if (values.length) { filters[name] = values; }
  });
  if (Object.keys(filters).length) { ui.triggerFilters(filters); }
  if (params.get("q")) { ui.triggerSearch(params.get("q")); }
})();
