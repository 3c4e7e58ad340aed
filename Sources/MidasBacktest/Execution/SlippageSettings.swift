import MidasCore

/// How far from the touch a fill lands (`execution.slippage`).
///
/// A buy pays `ask + points + spreadFraction × (ask − bid)`, a sell receives
/// `bid − points − spreadFraction × (ask − bid)` (never below zero). A quote without a book
/// (end-of-day data: no bid and no ask) trades at a modelled half-spread around its mark,
/// `booklessPoints + booklessFraction × mark`, plus the same `points`. A long leg being closed
/// whose book has no bid and whose mark is at most `abandonBelow` is abandoned at 0: nobody
/// buys a worthless wing, and a trader closing the package lets it go (conservative: any value it
/// could still gain is forfeited).
public struct SlippageSettings: Sendable, Equatable {
    /// Points per unit added against the trader on every leg.
    public var points: Double
    /// Fraction of the quoted spread added against the trader.
    public var spreadFraction: Double
    /// The modelled half-spread of a bookless quote: fixed points.
    public var booklessPoints: Double
    /// The modelled half-spread of a bookless quote: fraction of the mark.
    public var booklessFraction: Double
    /// The mark at or below which a long leg without a bid is abandoned at 0 when closing.
    public var abandonBelow: Double

    /// Creates settings; the defaults fill at the touch, model a bookless half-spread of
    /// 0.1 points + 0.5% of the mark, and abandon bidless long legs marked at 1 point or less.
    public init(
        points: Double = 0, spreadFraction: Double = 0, booklessPoints: Double = 0.1, booklessFraction: Double = 0.005,
        abandonBelow: Double = 1
    ) {
        self.points = points
        self.spreadFraction = spreadFraction
        self.booklessPoints = booklessPoints
        self.booklessFraction = booklessFraction
        self.abandonBelow = abandonBelow
    }

    /// Decodes `{points, spread_fraction, bookless_half_spread: {points, fraction}, abandon_below}`;
    /// absent keys keep their defaults.
    public init(node: ConfigNode) throws {
        self.init()
        try node.requireKeys(in: ["points", "spread_fraction", "bookless_half_spread", "abandon_below"])
        if let value = try node.optional("points") { points = try value.double(in: 0...Double.greatestFiniteMagnitude) }
        if let value = try node.optional("spread_fraction") { spreadFraction = try value.double(in: 0...10) }
        if let value = try node.optional("abandon_below") {
            abandonBelow = try value.double(in: 0...Double.greatestFiniteMagnitude)
        }
        if let bookless = try node.optional("bookless_half_spread") {
            try bookless.requireKeys(in: ["points", "fraction"])
            if let value = try bookless.optional("points") {
                booklessPoints = try value.double(in: 0...Double.greatestFiniteMagnitude)
            }
            if let value = try bookless.optional("fraction") { booklessFraction = try value.double(in: 0...1) }
        }
    }
}
