/// The open and close instants of one day's trading session.
public struct TradingSession: Sendable, Hashable {
    /// The session's day (IST).
    public var day: Day
    /// The first instant of trading.
    public var open: Timestamp
    /// The closing instant.
    public var close: Timestamp

    /// Creates a session.
    public init(day: Day, open: Timestamp, close: Timestamp) {
        self.day = day
        self.open = open
        self.close = close
    }
}
