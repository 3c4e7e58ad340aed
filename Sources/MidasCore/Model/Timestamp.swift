/// An instant, as whole seconds since 1970-01-01T00:00:00Z.
///
/// Midas keeps every instant in UTC seconds and converts to India Standard Time
/// (UTC+05:30, no daylight saving) only at the edges: parsing and printing.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since the Unix epoch, UTC.
    public var seconds: Int64

    /// Wraps seconds since the Unix epoch.
    public init(seconds: Int64) {
        self.seconds = seconds
    }

    /// IST's offset from UTC in seconds (+05:30).
    public static let istOffset: Int64 = 19_800

    /// The instant at a local IST wall-clock time on a day.
    public init(day: Day, hour: Int, minute: Int, second: Int = 0) {
        let local = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        seconds = local - Timestamp.istOffset
    }

    /// The IST calendar day of this instant.
    public var istDay: Day {
        let local = seconds + Timestamp.istOffset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return Day(daysSinceEpoch: Int32(days))
    }

    /// Seconds since IST midnight of `istDay`.
    public var istSecondOfDay: Int {
        let local = seconds + Timestamp.istOffset
        return Int(local - Int64(istDay.daysSinceEpoch) * 86_400)
    }

    /// The instant `n` seconds later.
    public func adding(seconds n: Int64) -> Timestamp {
        Timestamp(seconds: seconds + n)
    }

    /// ISO 8601 in IST with its offset, e.g. `2024-03-01T15:30:00+05:30`.
    public var description: String {
        let sod = istSecondOfDay
        let h = Day.pad(sod / 3600, 2)
        let m = Day.pad(sod / 60 % 60, 2)
        let s = Day.pad(sod % 60, 2)
        return "\(istDay)T\(h):\(m):\(s)+05:30"
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }
}
