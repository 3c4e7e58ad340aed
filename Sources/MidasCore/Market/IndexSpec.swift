/// An index whose options Midas trades: its name and strike grid.
///
/// The schedules that belong to an index (expiry weekdays, lot sizes) hang off this type in
/// their own files, so the facts of one index can be read in one place.
public struct IndexSpec: Sendable, Hashable {
    /// The exchange symbol (`NIFTY`, `BANKNIFTY`).
    public var symbol: String
    /// Distance between listed strikes, in index points.
    public var strikeStep: Double

    /// Creates a spec.
    public init(symbol: String, strikeStep: Double) {
        self.symbol = symbol
        self.strikeStep = strikeStep
    }

    /// NIFTY 50: 50-point strikes.
    public static let nifty = IndexSpec(symbol: "NIFTY", strikeStep: 50)
    /// NIFTY BANK: 100-point strikes.
    public static let bankNifty = IndexSpec(symbol: "BANKNIFTY", strikeStep: 100)

    /// Every index Midas knows.
    public static let all: [IndexSpec] = [.nifty, .bankNifty]

    /// The spec of a symbol (case-insensitive); `nil` for an unknown symbol.
    public static func named(_ symbol: String) -> IndexSpec? {
        all.first { $0.symbol == symbol.uppercased() }
    }

    /// Whether a strike lies on the grid (to a millionth of a point).
    public func isOnGrid(_ strike: Double) -> Bool {
        let steps = strike / strikeStep
        return strike > 0 && abs(steps - steps.rounded()) < 1e-6
    }
}
