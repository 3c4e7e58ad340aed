/// The outcome of parsing a numeric CSV field.
public enum ParsedNumber: Sendable, Equatable {
    /// A finite number.
    case value(Double)
    /// An empty field (or NSE's `-` for an empty cell): a missing value, not an error.
    case missing
    /// `NaN`, `inf`, `Infinity` or a value that overflows: rejected as not finite.
    case notFinite
    /// Anything else that is not a number.
    case invalid
}
