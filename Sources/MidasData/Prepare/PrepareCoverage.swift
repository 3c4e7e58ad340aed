import MidasCore

/// What a prepared store covers: ranges, chain days and snapshots, and the gaps a user should know of.
public struct PrepareCoverage: Sendable, Equatable {
    /// The index symbol.
    public var symbol: String
    /// The bars' timeframe.
    public var timeframe: Timeframe
    /// How many bars.
    public var barCount: Int
    /// The IST days of the first and last bar; `nil` without bars.
    public var barRange: ClosedRange<Day>?
    /// Days of India VIX.
    public var vixDays: Int
    /// Days of FII flows.
    public var fiiDays: Int
    /// Days of USD/INR.
    public var usdinrDays: Int
    /// The days with a chain, ascending.
    public var chainDays: [Day]
    /// Quotes over all chain days.
    public var quoteCount: Int
    /// Snapshots per chain day: fewest, median, most; `nil` without chain days.
    public var snapshotsPerDay: Spread?
    /// Regular trading days of the calendar, between the first and last day with data, that have no chain file.
    public var tradingDaysWithoutChain: [Day]
    /// Regular trading days of the calendar, in the same span, that have no bar.
    public var tradingDaysWithoutBars: [Day]
    /// Chain or bar days on which the calendar says the exchange was closed (weekends, holidays).
    public var daysOutsideCalendar: [Day]

    /// The fewest, median and most of some counts.
    public struct Spread: Sendable, Equatable {
        /// The fewest.
        public var min: Int
        /// The middle value (the upper one of an even count).
        public var median: Int
        /// The most.
        public var max: Int
    }

    /// Reads the coverage of a store, against a trading calendar (NSE's by default).
    public init(store: PreparedStore, calendar: TradingCalendar = .nse) throws {
        symbol = store.meta.symbol
        timeframe = store.meta.timeframe
        let bars = try store.bars()
        barCount = bars.count
        let barDays = Array(Set(bars.map(\.timestamp.istDay))).sorted()
        barRange = barDays.first.map { $0...barDays.last! }
        vixDays = try store.vix().count
        fiiDays = try store.fiiFlows().count
        usdinrDays = try store.usdinr().count
        let perDay = try store.snapshotsPerDay()
        chainDays = perDay.map(\.day)
        quoteCount = try store.rowCounts().first { $0.table == "quotes" }?.rows ?? 0
        let counts = perDay.map(\.snapshots).sorted()
        snapshotsPerDay =
            counts.isEmpty
            ? nil : Spread(min: counts[0], median: counts[counts.count / 2], max: counts[counts.count - 1])
        let chainSet = Set(chainDays)
        let barSet = Set(barDays)
        let dataDays = chainSet.union(barSet)
        // Special sessions (Muhurat, weekend drills) are accepted as data but not expected of it.
        let tradingDays =
            dataDays.isEmpty
            ? []
            : calendar.tradingDays(from: dataDays.min()!, to: dataDays.max()!).filter {
                calendar.specialSession(on: $0) == nil
            }
        tradingDaysWithoutChain = tradingDays.filter { !chainSet.contains($0) }
        tradingDaysWithoutBars = tradingDays.filter { !barSet.contains($0) }
        daysOutsideCalendar = dataDays.filter { !calendar.isTradingDay($0) }.sorted()
    }

    /// The coverage as report lines.
    public func lines(output: String) -> [String] {
        func range(_ days: [Day]) -> String { days.isEmpty ? "" : " (\(days.first!) … \(days.last!))" }
        func list(_ days: [Day]) -> String {
            days.isEmpty
                ? "none"
                : "\(days.count): " + days.prefix(8).map(\.description).joined(separator: ", ")
                    + (days.count > 8 ? ", …" : "")
        }
        var lines = ["prepared \(symbol) \(timeframe) → \(output)"]
        let barSpan = barRange.map { " (\($0.lowerBound) … \($0.upperBound))" } ?? ""
        lines.append(
            "  bars: \(barCount)\(barSpan); vix: \(vixDays) days; fii: \(fiiDays) days; usdinr: \(usdinrDays) days")
        var chain = "  chain: \(chainDays.count) days\(range(chainDays)), \(quoteCount) quotes"
        if let s = snapshotsPerDay { chain += ", snapshots per day \(s.min)/\(s.median)/\(s.max) (min/median/max)" }
        lines.append(chain)
        let absent = [fiiDays == 0 ? "FII flows" : nil, usdinrDays == 0 ? "USDINR" : nil].compactMap { $0 }
        if !absent.isEmpty {
            lines.append(
                "  no \(absent.joined(separator: " and ")): the features that need them are absent; "
                    + "the regime classifier runs on the rest")
        }
        lines.append("  trading days with no chain: \(list(tradingDaysWithoutChain))")
        lines.append("  trading days with no bar: \(list(tradingDaysWithoutBars))")
        lines.append("  dates outside the calendar: \(list(daysOutsideCalendar))")
        return lines
    }
}
