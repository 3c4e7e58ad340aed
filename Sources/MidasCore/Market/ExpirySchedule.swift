import Foundation

/// The expiry dates of an index's weekly and monthly option contracts.
///
/// The weekday of each series is date-effective (`ExpiryRule`s, shipped as
/// `Resources/expiry_rules.csv`), and an expiry due on a day that is not expiry-eligible
/// (a holiday, a Muhurat evening) moves to the previous eligible trading day. The dates are
/// the actual expiries: contracts the exchange re-dated expire on the new weekday.
///
/// Each week with weekly contracts has exactly one weekly expiry; in the week of a monthly
/// expiry that is the monthly contract itself (so BANKNIFTY's Wednesday weeklies of late 2023
/// skip the week of the last-Thursday monthly).
public struct ExpirySchedule: Sendable {
    /// The index symbol.
    public let symbol: String
    /// The calendar that decides expiry-eligible days.
    public let calendar: TradingCalendar
    /// Weekly rules, ascending by `from`.
    public let weeklyRules: [ExpiryRule]
    /// Monthly rules, ascending by `from`.
    public let monthlyRules: [ExpiryRule]

    /// How far ahead a listing looks for contracts: half a year of weeklies, three years of
    /// monthlies (beyond every listing the exchange has used).
    static let weeklyHorizonWeeks = 26
    static let monthlyHorizonMonths = 36

    /// A schedule from explicit rules.
    public init(symbol: String, rules: [ExpiryRule], calendar: TradingCalendar) {
        self.symbol = symbol
        self.calendar = calendar
        weeklyRules = rules.filter { $0.series == .weekly }.sorted { $0.from < $1.from }
        monthlyRules = rules.filter { $0.series == .monthly }.sorted { $0.from < $1.from }
    }

    /// The schedule of `index` read from a rule file (columns `symbol,series,from,weekday`).
    ///
    /// - Throws: `InputError` naming the file, line and column of a bad row.
    public init(index: IndexSpec, rulesFile: URL, calendar: TradingCalendar) throws {
        let table = try MarketTable(contentsOf: rulesFile, required: ExpirySchedule.columns)
        let rules = try ExpirySchedule.rules(in: table)
        self.init(symbol: index.symbol, rules: rules[index.symbol] ?? [], calendar: calendar)
    }

    /// The standard schedule of `index` (the bundled rules) on `calendar`.
    public static func standard(for index: IndexSpec, calendar: TradingCalendar = .nse) -> ExpirySchedule {
        ExpirySchedule(symbol: index.symbol, rules: bundledRules[index.symbol] ?? [], calendar: calendar)
    }

    static let columns = ["symbol", "series", "from", "weekday"]

    /// The bundled rules by symbol, parsed once.
    static let bundledRules: [String: [ExpiryRule]] = {
        do {
            return try rules(in: .bundled("expiry_rules", required: columns))
        } catch {
            fatalError("MidasCore's bundled expiry rules are malformed: \(error)")
        }
    }()

    static func rules(in table: MarketTable) throws -> [String: [ExpiryRule]] {
        var rules: [String: [ExpiryRule]] = [:]
        for row in table.rows {
            guard let series = ExpiryRule.Series(rawValue: row.text("series").lowercased()) else {
                throw row.error(.badValue, "series", "'\(row.text("series"))', want weekly or monthly")
            }
            guard let weekday = ExpiryRule.parseWeekday(row.text("weekday")) else {
                throw row.error(.badValue, "weekday", "'\(row.text("weekday"))', want MON…SUN or none")
            }
            let symbol = row.text("symbol").uppercased()
            rules[symbol, default: []].append(ExpiryRule(series: series, from: try row.day("from"), weekday: weekday))
        }
        return rules
    }

    // MARK: - Series

    /// The monthly expiry of a month, or `nil` when no monthly rule is in force.
    public func monthlyExpiry(year: Int, month: Int) -> Day? {
        guard let first = Day(year: year, month: month, day: 1),
            let weekday = ExpirySchedule.rule(in: monthlyRules, at: first)?.weekday
        else { return nil }
        var due = first.adding(days: Day.daysInMonth(year: year, month: month) - 1)
        while due.weekday != weekday { due = due.adding(days: -1) }
        return calendar.expiryDay(due: due)
    }

    /// The weekly-series expiry of the Monday-to-Sunday week holding `day` (the monthly
    /// contract in a monthly week), or `nil` when no weekly contract expires that week.
    public func weeklyExpiry(inWeekOf day: Day) -> Day? {
        let monday = day.adding(days: 1 - day.weekday)
        var due: Day?
        for offset in 0..<7 {
            let candidate = monday.adding(days: offset)
            if let weekday = ExpirySchedule.rule(in: weeklyRules, at: candidate)?.weekday,
                weekday == candidate.weekday
            {
                due = candidate
                break
            }
        }
        guard let due else { return nil }
        let sunday = monday.adding(days: 6)
        for end in [monday, sunday] {
            let (year, month, _) = end.components
            if let monthly = monthlyExpiry(year: year, month: month), monthly >= monday, monthly <= sunday {
                return monthly
            }
        }
        return calendar.expiryDay(due: due)
    }

    // MARK: - Listings

    /// The live contracts on trade date `day`: the nearest `weeklies` weekly-series expiries
    /// and the nearest `monthlies` monthly expiries on or after `day`, deduplicated, ascending.
    public func expiries(listedOn day: Day, weeklies: Int, monthlies: Int) -> [Day] {
        var result = Set(weeklyExpiries(onOrAfter: day, count: weeklies))
        result.formUnion(monthlyExpiries(onOrAfter: day, count: monthlies))
        return result.sorted()
    }

    /// The nearest `count` weekly-series expiries on or after `day`, ascending.
    public func weeklyExpiries(onOrAfter day: Day, count: Int) -> [Day] {
        var found: [Day] = []
        var week = day
        for _ in 0..<ExpirySchedule.weeklyHorizonWeeks where found.count < count {
            if let expiry = weeklyExpiry(inWeekOf: week), expiry >= day, found.last != expiry {
                found.append(expiry)
            }
            week = week.adding(days: 7)
        }
        return found
    }

    /// The nearest `count` monthly expiries on or after `day`, ascending.
    public func monthlyExpiries(onOrAfter day: Day, count: Int) -> [Day] {
        var found: [Day] = []
        var (year, month, _) = day.components
        for _ in 0..<ExpirySchedule.monthlyHorizonMonths where found.count < count {
            if let expiry = monthlyExpiry(year: year, month: month), expiry >= day { found.append(expiry) }
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return found
    }

    /// Whether `expiry` is its month's monthly expiry.
    public func isMonthly(_ expiry: Day) -> Bool {
        let (year, month, _) = expiry.components
        return monthlyExpiry(year: year, month: month) == expiry
    }

    /// The first expiry (weekly or monthly) on or after `day`; `nil` when none is scheduled
    /// within the listing horizon.
    public func nextExpiry(onOrAfter day: Day) -> Day? {
        expiries(listedOn: day, weeklies: 1, monthlies: 1).first
    }

    /// The rule in force on `day`: the last one starting on or before it.
    static func rule(in rules: [ExpiryRule], at day: Day) -> ExpiryRule? {
        rules.last { $0.from <= day }
    }
}
