/// One row of an expiry schedule: from a date on, a series expires on a weekday.
public struct ExpiryRule: Sendable, Hashable {
    /// The two contract series an index lists.
    public enum Series: String, Sendable, CaseIterable {
        /// Contracts expiring every week.
        case weekly
        /// Contracts expiring once a month, on the last expiry weekday of the month.
        case monthly
    }

    /// The series the rule governs.
    public var series: Series
    /// The first day the rule is in force (for monthly rules: the first day of a month).
    public var from: Day
    /// ISO weekday (1 = Monday … 7 = Sunday) of the expiries; `nil` when the series is not
    /// listed from `from` on (a discontinued weekly).
    public var weekday: Int?

    /// Creates a rule.
    public init(series: Series, from: Day, weekday: Int?) {
        self.series = series
        self.from = from
        self.weekday = weekday
    }

    /// Weekday names as written in rule files, Monday first.
    static let weekdayNames = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]

    /// Parses `MON`…`SUN` (any case) to an ISO weekday, `none` to `.some(nil)`; `nil` otherwise.
    static func parseWeekday(_ text: String) -> Int?? {
        let upper = text.uppercased()
        if upper == "NONE" { return .some(nil) }
        guard let index = weekdayNames.firstIndex(of: upper) else { return nil }
        return .some(index + 1)
    }
}
