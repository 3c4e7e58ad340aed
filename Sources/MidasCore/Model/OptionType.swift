/// Call or put, as NSE writes them: `CE` and `PE`.
public enum OptionType: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A call (`CE`).
    case call = 0
    /// A put (`PE`).
    case put = 1

    /// Parses `CE`/`PE` (also `C`/`P`, `CALL`/`PUT`, any case).
    public init?(code: some StringProtocol) {
        switch code.uppercased() {
        case "CE", "C", "CALL": self = .call
        case "PE", "P", "PUT": self = .put
        default: return nil
        }
    }

    /// `CE` or `PE`.
    public var description: String { self == .call ? "CE" : "PE" }

    /// +1 for a call, −1 for a put: the sign of the payoff's slope.
    public var sign: Double { self == .call ? 1 : -1 }
}
