/// A value stored in, or bound to, SQLite, in one of its five storage classes.
public enum SQLiteValue: Sendable, Equatable {
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An IEEE-754 double. SQLite stores a bound NaN as NULL.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob([UInt8])
    /// SQL NULL.
    case null
}
