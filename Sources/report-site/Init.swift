import ArgumentParser
import Foundation
import ReportContent
import ReportModel

extension ReportSiteCommand {
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Make a new site: a commented Content/site.yml and an empty Content/reports/.",
      discussion: """
        The folder must be empty or not exist yet. The site builds with the built-in theme;
        `report-site theme --copy` writes it out for editing. Example:
          report-site init gzbg && cd gzbg && report-site import 督查报告.txt && report-site build
        """)

    @Argument(help: "The folder of the new site.")
    var folder: String = "."

    func run() throws {
      try EmptyFolder.require(folder, for: "init")
      let layout = ContentLayout(root: folder == "." ? "Content" : folder + "/Content")
      let config = SiteConfig(
        title: "某某区《政府工作报告》重点任务落实情况", publisher: "某某区人民政府办公室")
      do {
        try ContentWriter(layout: layout).writeNewSite(config)
      } catch let error as ContentError {
        standardError(error.description + "\n")
        throw ExitCode(1)
      }
      standardOutput(
        """
        wrote \(layout.siteFile) and \(layout.reportsFolder)/
        next: set title and publisher in site.yml, then
          report-site import 督查报告.txt && report-site build

        """)
    }
  }
}
