import SiteTemplates

/// What `serve` adds to the pages it serves, and only to them: a script that reloads the page
/// after each build, and the diagnostics of a failed build. A site written by `build` never
/// holds any of it.
enum LiveReload {
  /// The script's and the event stream's paths, outside any base path.
  static let scriptPath = "/__report-site/live.js"
  static let eventsPath = "/__report-site/events"

  static let script = """
    // report-site serve: reloads the page after each build. Never part of a built site.
    (function () {
      "use strict";
      var script = document.currentScript;
      var generation = script ? script.getAttribute("data-generation") : null;
      var source = new EventSource("\(eventsPath)");
      source.addEventListener("hello", function (event) {
        if (generation !== null && event.data !== generation) { location.reload(); }
      });
      source.addEventListener("reload", function () { location.reload(); });
    })();

    """

  /// `page` with the script, and the failure when the last build failed, before `</body>`.
  static func inject(into page: [UInt8], generation: Int, failure: String?) -> [UInt8] {
    var snippet = ""
    if let failure {
      snippet +=
        "<div id=\"report-site-failure\" role=\"alert\" style=\"position:fixed;left:0;right:0;"
        + "bottom:0;max-height:60vh;overflow:auto;margin:0;padding:1em;z-index:9999;"
        + "background:#fff4f4;color:#600;border-top:4px solid #b00;font:14px/1.5 monospace\">"
        + "<p><strong>report-site serve: the last build failed; this page is from the last good "
        + "build.</strong></p><pre style=\"white-space:pre-wrap;margin:0\">"
        + HTMLEscaping.escaped(failure) + "</pre></div>\n"
    }
    snippet += "<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>\n"
    let marker = Array("</body>".utf8)
    var insertAt = page.count
    if page.count >= marker.count {
      for start in stride(from: page.count - marker.count, through: 0, by: -1)
      where page[start..<start + marker.count].elementsEqual(marker) {
        insertAt = start
        break
      }
    }
    var result = page
    result.insert(contentsOf: Array(snippet.utf8), at: insertAt)
    return result
  }
}
