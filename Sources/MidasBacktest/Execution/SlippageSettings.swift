import MidasCore

/// How far from the touch a fill lands (`execution.slippage`).
///
/// A buy pays `ask + points + spreadFraction × (ask − bid)`, a sell receives
/// `bid − points − spreadFraction × (ask − bid)` (never below zero). A quote without a book
/// (end-of-day data: no bid and no ask) trades at a modelled half-spread around its mark,
/// `booklessPoints + booklessFraction × mark`, plus the same `points`.
public struct SlippageSettings: Sendable, Equatable {
    /// Points per unit added against the trader on every leg.
    public var points: Double
    /// Fraction of the quoted spread added against the trader.
    public var spreadFraction: Double
    /// The modelled half-spread of a bookless quote: fixed points.
    public var booklessPoints: Double
    /// The modelled half-spread of a bookless quote: fraction of the mark.
    public var booklessFraction: Double

    /// Creates settings; the defaults fill at the touch and model a bookless half-spread of
    /// 0.1 points + 0.5% of the mark.
    public init(
        points: Double = 0, spreadFraction: Double = 0, booklessPoints: Double = 0.1, booklessFraction: Double = 0.005
    ) {
        self.points = points
        self.spreadFraction = spreadFraction
        self.booklessPoints = booklessPoints
        self.booklessFraction = booklessFraction
    }

    /// Decodes `{points, spread_fraction, bookless_half_spread: {points, fraction}}`; absent keys
    /// keep their defaults.
    public init(node: ConfigNode) throws {
        self.init()
        try node.requireKeys(in: ["points", "spread_fraction", "bookless_half_spread"])
        if let value = try node.optional("points") { points = try value.double(in: 0...Double.greatestFiniteMagnitude) }
        if let value = try node.optional("spread_fraction") { spreadFraction = try value.double(in: 0...10) }
        if let bookless = try node.optional("bookless_half_spread") {
            try bookless.requireKeys(in: ["points", "fraction"])
            if let value = try bookless.optional("points") {
                booklessPoints = try value.double(in: 0...Double.greatestFiniteMagnitude)
            }
            if let value = try bookless.optional("fraction") { booklessFraction = try value.double(in: 0...1) }
        }
    }
}
