import Foundation
import ReportModel
import Testing

@testable import ReportContent

@Suite struct SiteConfigKeys {
  let statuses = """
    statuses:
      - label: 已完成
        category: done

    """

  @Test func aMisspeltKeyIsAWarningAtItsLineWithTheClosestKey() {
    let text = "title: 站点\nbaseUrl: https://example.gov.cn/\n" + statuses
    let (config, diagnostics) = SiteConfigFile.read(text, path: "Content/site.yml")
    #expect(config?.baseURL == nil)
    #expect(diagnostics.count == 1)
    let warning = diagnostics.first
    #expect(warning?.severity == .warning)
    #expect(
      warning?.description.hasPrefix("Content/site.yml:2:1: warning: unknown key `baseUrl`") == true
    )
    #expect(warning?.notes.first == "did you mean `baseURL`? write `baseURL: …`")
  }

  @Test func unknownKeysInsideStatusesUnitsAndIdentityAreNamedWithTheirMap() {
    let text = """
      title: 站点
      identity:
        organiser: 某某区人民政府办公室
        icp: 赣ICP备00000000号
      statuses:
        - label: 已完成
          categroy: done
          category: done
      units:
        - name: 区商务局
          alias: [区商务]

      """
    let (_, diagnostics) = SiteConfigFile.read(text, path: "site.yml")
    let lines = diagnostics.sortedForDisplay().map {
      "\($0.location.line) \($0.message) \($0.notes.first ?? "")"
    }
    #expect(
      lines == [
        "3 unknown key `organiser` in `identity:`; it is ignored "
          + "did you mean `organizer`? write `organizer: …`",
        "7 unknown key `categroy` in `statuses:`; it is ignored "
          + "did you mean `category`? write `category: …`",
        "11 unknown key `alias` in `units:`; it is ignored "
          + "did you mean `aliases`? write `aliases: …`",
      ])
  }

  @Test func identityAndParamsAreRead() throws {
    let text = """
      title: 站点
      identity:
        organizer: 某某区人民政府办公室
        operator: 某某区大数据中心
        icp: 赣ICP备00000000号
        police: ""
      params:
        hotline: "0791-12345"
        color: 蓝
      \(statuses)
      """
    let (read, diagnostics) = SiteConfigFile.read(text, path: "site.yml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let config = try #require(read)
    #expect(config.identity.entries.map(\.entry) == [.organizer, .operator, .icp])
    #expect(config.identity[.icp] == "赣ICP备00000000号")
    #expect(
      config.params == [
        SiteParam(key: "hotline", value: "0791-12345"), SiteParam(key: "color", value: "蓝"),
      ])
    // Written back, the file reads the same.
    let (again, _) = SiteConfigFile.read(SiteConfigFile.text(for: config), path: "site.yml")
    #expect(again?.identity == config.identity)
    #expect(again?.params == config.params)
  }

  @Test func theStarterFileHasCommentedExamplesAndNoWarnings() {
    let config = SiteConfig(title: "站点")
    let text = SiteConfigFile.text(for: config)
    #expect(text.contains("# identity:\n#   organizer: "))
    #expect(text.contains("# params:\n"))
    let (read, diagnostics) = SiteConfigFile.read(text, path: "site.yml")
    #expect(diagnostics.isEmpty)
    #expect(read?.identity.isEmpty == true)
  }
}

@Suite struct FormerSlugs {
  @Test func aFormerSlugThatIsAnotherUnitsAddressIsAnErrorAtItsLine() {
    let text = """
      title: 站点
      statuses:
        - label: 已完成
          category: done
      units:
        - name: 区商务局
          slug: qu-shang-wu-ju
        - name: 区商务和投资促进局
          formerSlugs: [qu-shang-wu-ju, qu-tou-cu-ju]

      """
    let (config, diagnostics) = SiteConfigFile.read(text, path: "site.yml")
    #expect(config == nil)
    #expect(
      diagnostics.map(\.description) == [
        "site.yml:9:18: error: former slug \"qu-shang-wu-ju\" of 区商务和投资促进局 is also the "
          + "address of 区商务局\nnote: an address is either a unit's page or a redirect: "
          + "remove one of the two"
      ])
  }
}
