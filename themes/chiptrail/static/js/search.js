/* The search page: Pagefind's UI, with the search and its filters kept in the address
   (?q=H200&stance=easing&chip=H200) so a search can be bookmarked and shared.
   Pagefind's UI shows each result's date, source and stance from its metadata.
   A large archive's index comes in shards (pagefind/shards.js); Pagefind merges them. */
(function () {
  "use strict";
  var container = document.getElementById("search");
  if (!container || typeof PagefindUI === "undefined") { return; }
  var filterNames = container.getAttribute("data-search-filters").split(" ");
  var address = new URLSearchParams(location.search);
  var term = address.get("q") || "";
  var filters = {};  // name -> values, as in the address until the reader changes them
  filterNames.forEach(function (name) {
    if (address.getAll(name).length) { filters[name] = address.getAll(name); }
  });

  function writeAddress() {
    var params = new URLSearchParams();
    if (term) { params.set("q", term); }
    Object.keys(filters).forEach(function (name) {
      filters[name].forEach(function (value) { params.append(name, value); });
    });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  }

  function checkedFilters() {
    var checked = {};
    container.querySelectorAll("input[type=checkbox]:checked").forEach(function (box) {
      if (filterNames.indexOf(box.name) !== -1) {
        (checked[box.name] = checked[box.name] || []).push(box.value);
      }
    });
    return checked;
  }

  var ui = new PagefindUI({
    element: "#search",
    showImages: false,
    showSubResults: false,
    autofocus: false,
    openFilters: Object.keys(filters),
    mergeIndex: (window.chiptrailSearchShards || []).map(function (path) {
      return { bundlePath: path };
    }),
    processTerm: function (typed) {
      term = typed;
      writeAddress();
      return typed;
    }
  });

  // Pagefind's input is named only by its title: give it a visible label.
  var input = container.querySelector(".pagefind-ui__search-input");
  if (input) {
    var label = document.createElement("label");
    label.className = "search-label";
    label.htmlFor = input.id = "search-terms";
    label.textContent = "Words to search for";
    container.parentNode.insertBefore(label, container);
  }

  container.addEventListener("change", function (event) {
    if (event.target.type === "checkbox") {
      filters = checkedFilters();
      writeAddress();
    }
  });

  if (Object.keys(filters).length) { ui.triggerFilters(filters); }
  if (term) { ui.triggerSearch(term); }
})();
