/// A session outside the regular calendar: a Diwali Muhurat evening or a weekend session.
///
/// Both kinds are trading days for data (bars and chains on them are accepted). Neither is a
/// day an expiry can fall on: a Muhurat day counts as a holiday for expiries, and a weekend
/// session is never an expiry day.
public struct SpecialSession: Sendable, Hashable {
    /// What kind of extra session this is.
    public enum Kind: String, Sendable, CaseIterable {
        /// The one-hour Diwali evening session on an exchange holiday.
        case muhurat
        /// An extra session on a weekend (budget days, disaster-recovery drills).
        case special
    }

    /// The day of the session.
    public var day: Day
    /// Its kind.
    public var kind: Kind
    /// Opening time, seconds after IST midnight.
    public var openSecond: Int
    /// Closing time, seconds after IST midnight.
    public var closeSecond: Int

    /// Creates a special session.
    public init(day: Day, kind: Kind, openSecond: Int, closeSecond: Int) {
        self.day = day
        self.kind = kind
        self.openSecond = openSecond
        self.closeSecond = closeSecond
    }
}
