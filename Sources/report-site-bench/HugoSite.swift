import Foundation

/// An equivalent Hugo site for a synthetic report, for side-by-side timing: a page per task
/// with its narrative in Markdown, sections, and `units` and `status` taxonomies with a page per
/// term, rendered through a base layout like report-site's.
enum HugoSite {
  static func write(_ report: SyntheticReport, round: Int, to folder: String) throws {
    let fileManager = FileManager.default
    try? fileManager.removeItem(atPath: folder)
    for sub in ["content/tasks", "layouts/_default", "layouts/partials"] {
      try fileManager.createDirectory(
        atPath: folder + "/" + sub, withIntermediateDirectories: true)
    }
    try """
    baseURL = "/"
    languageCode = "zh-CN"
    title = "重点任务落实情况"
    disableKinds = ["RSS"]
    [taxonomies]
      unit = "units"
      status = "status"
      part = "parts"
    """.write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
    let layouts = [
      "_default/baseof.html": """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"></head>
      <body><header><a href="{{ relURL "/" }}">{{ site.Title }}</a></header>
      <main>{{ block "main" . }}{{ end }}</main></body></html>
      """,
      "_default/single.html": """
      {{ define "main" }}<h1>{{ .Params.number }}. {{ .Title }}</h1>
      <p>{{ range .Params.units }}<a href="{{ (printf "/units/%s/" (urlize .)) | relURL }}">{{ . }}</a> {{ end }}</p>
      {{ partial "badge.html" .Params.status }}
      {{ .Content }}
      {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">上一项</a>{{ end }}
      {{ with .NextInSection }}<a href="{{ .RelPermalink }}">下一项</a>{{ end }}{{ end }}
      """,
      "_default/list.html": """
      {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}
      <li><a href="{{ .RelPermalink }}">{{ .Params.number }}. {{ .Title }}</a>
      {{ partial "badge.html" .Params.status }}</li>{{ end }}</ul>{{ end }}
      """,
      "_default/terms.html": """
      {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}
      <li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
      """,
      "partials/badge.html": "<span class=\"badge\">{{ index . 0 }}</span>",
      "index.html": """
      {{ define "main" }}<h1>{{ site.Title }}</h1>{{ range site.Taxonomies.status }}
      <p>{{ .Page.Title }}: {{ .Count }}</p>{{ end }}{{ end }}
      """,
    ]
    for (path, text) in layouts {
      try text.write(toFile: folder + "/layouts/" + path, atomically: true, encoding: .utf8)
    }
    let tasks = report.tasks(round: round)
    for task in tasks {
      let units = task.units.map { "\"\($0)\"" }.joined(separator: ", ")
      let page = """
        ---
        title: "\(task.text)"
        number: \(task.number)
        weight: \(task.number)
        units: [\(units)]
        status: ["\(task.status)"]
        parts: ["\(task.section)"]
        ---
        \(task.narrative)

        """
      try page.write(
        toFile: folder + "/content/tasks/\(task.number).md", atomically: false, encoding: .utf8)
    }
  }
}
