import Foundation

/// The exchange calendar: which days trade, when the session opens and closes, and which
/// days an expiry may fall on.
///
/// Regular sessions run 09:15–15:30 IST, Monday to Friday, except exchange holidays.
/// Special sessions (Diwali Muhurat evenings, weekend sessions) are trading days for data
/// with their own hours, but never expiry days. The facts are data: the standard calendar
/// reads `Resources/nse_holidays.csv` and `Resources/nse_special_sessions.csv`, and a user
/// can build one from their own files or lists.
public struct TradingCalendar: Sendable {
    /// Weekday holidays of the exchange.
    public let holidays: Set<Day>
    /// Sessions outside the regular calendar, by day.
    public let specialSessions: [Day: SpecialSession]
    /// Regular opening time, seconds after IST midnight (09:15).
    public let regularOpenSecond: Int
    /// Regular closing time, seconds after IST midnight (15:30).
    public let regularCloseSecond: Int

    /// A calendar from explicit holiday and special-session lists.
    ///
    /// A special session on a listed holiday wins for data: the day trades (Muhurat), but
    /// it stays a holiday for expiries.
    public init(
        holidays: some Sequence<Day>, specialSessions: some Sequence<SpecialSession> = [SpecialSession](),
        regularOpenSecond: Int = 9 * 3600 + 15 * 60, regularCloseSecond: Int = 15 * 3600 + 30 * 60
    ) {
        self.holidays = Set(holidays)
        var sessions: [Day: SpecialSession] = [:]
        for session in specialSessions { sessions[session.day] = session }
        self.specialSessions = sessions
        self.regularOpenSecond = regularOpenSecond
        self.regularCloseSecond = regularCloseSecond
    }

    /// A calendar read from a holiday file (column `date`) and a special-session file
    /// (columns `date,kind,open,close`, times `HH:MM` IST; `kind` is `muhurat` or `special`).
    ///
    /// - Throws: `InputError` naming the file, line and column of a bad row.
    public init(holidaysFile: URL, specialSessionsFile: URL?) throws {
        let holidayTable = try MarketTable(contentsOf: holidaysFile, required: ["date"])
        let sessionTable = try specialSessionsFile.map {
            try MarketTable(contentsOf: $0, required: TradingCalendar.sessionColumns)
        }
        try self.init(holidayTable: holidayTable, sessionTable: sessionTable)
    }

    /// The NSE equity-derivatives calendar shipped with Midas (loaded once).
    public static let nse: TradingCalendar = {
        do {
            return try TradingCalendar(
                holidayTable: .bundled("nse_holidays", required: ["date"]),
                sessionTable: .bundled("nse_special_sessions", required: sessionColumns))
        } catch {
            fatalError("MidasCore's bundled calendar is malformed: \(error)")
        }
    }()

    static let sessionColumns = ["date", "kind", "open", "close"]

    init(holidayTable: MarketTable, sessionTable: MarketTable?) throws {
        let holidays = try holidayTable.rows.map { try $0.day("date") }
        var sessions: [SpecialSession] = []
        for row in sessionTable?.rows ?? [] {
            guard let kind = SpecialSession.Kind(rawValue: row.text("kind")) else {
                throw row.error(.badValue, "kind", "'\(row.text("kind"))', want muhurat or special")
            }
            let open = try row.timeOfDay("open")
            let close = try row.timeOfDay("close")
            guard open < close else { throw row.error(.badValue, "close", "the session closes before it opens") }
            sessions.append(SpecialSession(day: try row.day("date"), kind: kind, openSecond: open, closeSecond: close))
        }
        self.init(holidays: holidays, specialSessions: sessions)
    }

    // MARK: - Days

    /// Whether the exchange trades on `day` (a regular session or a special one).
    public func isTradingDay(_ day: Day) -> Bool {
        if specialSessions[day] != nil { return true }
        return !day.isWeekend && !holidays.contains(day)
    }

    /// Whether an expiry can fall on `day`: a regular weekday session (not a holiday, not a
    /// Muhurat evening, not a weekend session).
    public func isExpiryEligible(_ day: Day) -> Bool {
        !day.isWeekend && !holidays.contains(day) && specialSessions[day] == nil
    }

    /// The special session on `day`, if there is one.
    public func specialSession(on day: Day) -> SpecialSession? {
        specialSessions[day]
    }

    /// The last trading day strictly before `day`.
    public func previousTradingDay(before day: Day) -> Day {
        var candidate = day.adding(days: -1)
        while !isTradingDay(candidate) { candidate = candidate.adding(days: -1) }
        return candidate
    }

    /// The first trading day strictly after `day`.
    public func nextTradingDay(after day: Day) -> Day {
        var candidate = day.adding(days: 1)
        while !isTradingDay(candidate) { candidate = candidate.adding(days: 1) }
        return candidate
    }

    /// The day an expiry due on `day` actually happens: `day` itself when it is eligible,
    /// else the previous eligible day (a holiday moves an expiry earlier, never later).
    public func expiryDay(due day: Day) -> Day {
        var candidate = day
        while !isExpiryEligible(candidate) { candidate = candidate.adding(days: -1) }
        return candidate
    }

    /// Every trading day in `from...to`, ascending (empty when `to < from`).
    public func tradingDays(from: Day, to: Day) -> [Day] {
        guard from <= to else { return [] }
        var days: [Day] = []
        days.reserveCapacity(from.days(to: to) * 5 / 7 + 2)
        var day = from
        while day <= to {
            if isTradingDay(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    // MARK: - Sessions

    /// The session of `day` (`nil` when the exchange is closed).
    public func session(on day: Day) -> TradingSession? {
        if let special = specialSessions[day] {
            return TradingSession(
                day: day, open: Timestamp(day: day, hour: 0, minute: 0, second: special.openSecond),
                close: Timestamp(day: day, hour: 0, minute: 0, second: special.closeSecond))
        }
        guard isTradingDay(day) else { return nil }
        return TradingSession(
            day: day, open: Timestamp(day: day, hour: 0, minute: 0, second: regularOpenSecond),
            close: Timestamp(day: day, hour: 0, minute: 0, second: regularCloseSecond))
    }
}
