/// Time to expiry in years of calendar time, as Midas and NSE measure it.
public enum TimeToExpiry {
    /// Seconds in the year of the convention (365 calendar days).
    public static let secondsPerYear: Double = 365 * 86_400

    /// The expiry instant: 15:30 IST on the expiry day, when index options settle.
    public static func expiryInstant(_ expiry: Day) -> Timestamp {
        Timestamp(day: expiry, hour: 15, minute: 30)
    }

    /// Calendar seconds from `from` to 15:30 IST on `expiry`, over 365·86400; zero or negative
    /// at or after expiry.
    public static func years(from: Timestamp, expiry: Day) -> Double {
        Double(expiryInstant(expiry).seconds - from.seconds) / secondsPerYear
    }
}
