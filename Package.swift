// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "report-site",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "report-site", targets: ["report-site"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    .target(name: "ReportMarkdown", dependencies: ["CCmarkGFM"]),
    .target(name: "ReportModel"),
    .target(name: "FileBytes"),
    .target(name: "SiteTemplates"),
    .target(name: "SiteOutput", dependencies: ["ReportModel", "FileBytes"]),
    .target(name: "ReportText", dependencies: ["ReportModel"]),
    .target(
      name: "ReportContent",
      dependencies: ["ReportModel", "FileBytes", .product(name: "Yams", package: "Yams")]
    ),
    .target(
      name: "ReportSite",
      dependencies: [
        "ReportModel", "ReportMarkdown", "FileBytes", "SiteTemplates", "SiteOutput",
      ]
    ),
    .executableTarget(
      name: "report-site",
      dependencies: [
        "ReportModel", "ReportText", "ReportContent", "ReportSite", "SiteOutput",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "report-site-bench", path: "Sources/report-site-bench"),
    .testTarget(name: "ReportMarkdownTests", dependencies: ["ReportMarkdown"]),
    .testTarget(
      name: "SiteTemplatesTests",
      dependencies: ["SiteTemplates", .product(name: "Mustache", package: "swift-mustache")]
    ),
    .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"]),
    .testTarget(
      name: "ReportTextTests", dependencies: ["ReportText", "ReportModel"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ReportContentTests", dependencies: ["ReportContent", "ReportText", "ReportModel"]
    ),
    .testTarget(
      name: "ReportSiteTests",
      dependencies: [
        "ReportSite", "SiteOutput", "ReportContent", "ReportText", "ReportModel",
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "EndToEndTests", dependencies: ["report-site", "ReportText", "ReportModel"]
    ),
  ]
)
