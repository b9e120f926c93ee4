extension SiteContent {
  /// Forgets where each task was read from (``KeyTask/locations``: a path and the places of
  /// its fields and units), once the content is checked and no diagnostic can name a task's
  /// place: a build needs none, and at 100,000 tasks they take about 36 MB.
  public mutating func forgetTaskLocations() {
    for report in reports.indices {
      for round in reports[report].rounds.indices {
        for task in reports[report].rounds[round].tasks.indices {
          reports[report].rounds[round].tasks[task].locations = TaskLocations()
        }
      }
    }
  }
}
