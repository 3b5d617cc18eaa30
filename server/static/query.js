// The SPARQL editor (YASGUI, served from /static/vendor) over the plain form of the query page.
// Remote helpers are off: no prefix or vocabulary look-ups leave this site.
(function () {
  "use strict";
  var container = document.getElementById("yasgui");
  if (!container || typeof Yasgui === "undefined") {
    return; // the plain form stays
  }
  var endpoint = new URL(container.dataset.endpoint, window.location.href).href;
  var idPrefix = container.dataset.idPrefix;
  var form = document.getElementById("plain-form");
  var yasgui = new Yasgui(container, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: form.elements.query.value, autocompleters: ["prefixes", "variables"] },
    persistenceId: null
  });
  form.hidden = true;
  // The catalogue's examples open in the editor.
  document.querySelectorAll("a.example").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      yasgui.getTab().setQuery(link.dataset.query);
      container.scrollIntoView();
    });
  });
  // A result IRI of this dataset opens its page on this site.
  container.addEventListener("click", function (event) {
    var link = event.target.closest("a[href]");
    if (link && link.href.indexOf(idPrefix) === 0) {
      event.preventDefault();
      window.location.href = "/page/" + link.href.slice(idPrefix.length);
    }
  });
})();
