// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
  name: "report-site",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "report-site", targets: ["report-site"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
    .package(url: "https://github.com/jpsim/Yams", .upToNextMinor(from: "6.2.2")),
    .package(
      url: "https://github.com/hummingbird-project/swift-mustache", .upToNextMinor(from: "2.1.1")),
    .package(url: "https://github.com/weichsel/ZIPFoundation", .upToNextMinor(from: "0.9.20")),
    .package(url: "https://github.com/swhitty/FlyingFox", .upToNextMinor(from: "0.27.1")),
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
    .target(name: "TextDecoding"),
    .target(name: "SiteTemplates"),
    .target(name: "BuiltInTheme"),
    .target(name: "CFolderCalls"),
    .target(name: "AtomicFolders", dependencies: ["CFolderCalls"]),
    .target(name: "SiteOutput", dependencies: ["ReportModel", "FileBytes", "AtomicFolders"]),
    .target(name: "ReportText", dependencies: ["ReportModel"]),
    .target(
      name: "ReportTable",
      dependencies: [
        "ReportModel", "TextDecoding", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(
      name: "ReportContent",
      dependencies: [
        "ReportModel", "FileBytes", "TextDecoding", "AtomicFolders",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "ReportSite",
      dependencies: [
        "ReportModel", "ReportMarkdown", "FileBytes", "SiteTemplates", "SiteOutput",
        "AtomicFolders",
      ]
    ),
    .target(
      name: "ReportServe",
      dependencies: [
        "ReportModel", "ReportContent", "ReportSite", "SiteTemplates",
        .product(name: "FlyingFox", package: "FlyingFox"),
        .product(name: "FlyingSocks", package: "FlyingFox"),
      ]
    ),
    .executableTarget(
      name: "report-site",
      dependencies: [
        "AtomicFolders", "ReportModel", "ReportText", "ReportTable", "ReportContent", "ReportSite",
        "SiteOutput", "TextDecoding", "BuiltInTheme", "ReportServe", "ReportMarkdown",
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
    .testTarget(name: "TextDecodingTests", dependencies: ["TextDecoding"]),
    .testTarget(
      name: "ReportTableTests", dependencies: ["ReportTable", "ReportText", "ReportModel"],
      resources: [.copy("Fixtures")]
    ),
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
        "ReportSite", "SiteOutput", "ReportContent", "ReportText", "ReportModel", "BuiltInTheme",
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["report-site", "ReportText", "ReportModel", "ReportServe"]
    ),
  ]
)

// libFuzzer targets, only when scripts/fuzz.sh builds them (with `-sanitize=fuzzer`, in its own
// scratch folder): never part of `swift build` or `swift test`.
if ProcessInfo.processInfo.environment["REPORT_SITE_FUZZ"] == "1" {
  package.targets += [
    .target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
    .executableTarget(
      name: "FuzzReportText", dependencies: ["CFuzzerDriver", "ReportText", "ReportModel"],
      path: "Fuzz/FuzzReportText"),
    .executableTarget(
      name: "FuzzTaskFile", dependencies: ["CFuzzerDriver", "ReportContent", "ReportModel"],
      path: "Fuzz/FuzzTaskFile"),
    .executableTarget(
      name: "FuzzMarkdown", dependencies: ["CFuzzerDriver", "ReportMarkdown"],
      path: "Fuzz/FuzzMarkdown"),
  ]
}
