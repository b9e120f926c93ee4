import ArgumentParser

extension ReportSiteCommand {
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from Content/.")

    @OptionGroup var options: ContentOptions

    func run() throws {
      throw ValidationError("build is not available yet")
    }
  }
}
