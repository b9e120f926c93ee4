print("report-site")
