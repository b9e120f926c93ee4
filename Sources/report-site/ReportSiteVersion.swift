/// The version of report-site, printed by `report-site --version` and by `build --verbose`.
/// Change it here only.
enum ReportSiteVersion {
  static let current = "0.9.0"
}
