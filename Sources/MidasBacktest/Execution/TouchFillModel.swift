import MidasCore

/// The default fill model: buy at the ask, sell at the bid, plus slippage; never at mid.
///
/// A quote with both sides missing (end-of-day data) fills at a modelled half-spread around its
/// mark. A long leg being closed with no bid and a mark of at most `slippage.abandonBelow` is
/// abandoned at 0. Otherwise a missing quote, a one-sided book, a zero side or a missing mark
/// does not fill.
public struct TouchFillModel: FillModel {
    /// The slippage applied.
    public var slippage: SlippageSettings

    /// Creates a model.
    public init(slippage: SlippageSettings = SlippageSettings()) {
        self.slippage = slippage
    }

    /// The touch price plus slippage, or why there is none.
    public func fill(_ request: FillRequest) -> FillOutcome {
        guard let priced = request.quote else { return .refused(reason: "no quote") }
        let bid = priced.quote.bid
        let ask = priced.quote.ask
        if bid.isNaN && ask.isNaN {
            let mark = priced.mark
            guard mark.isFinite, mark > 0 else { return .refused(reason: "no book and no mark") }
            let halfSpread = slippage.booklessPoints + slippage.booklessFraction * mark
            return .filled(price: shifted(mark, by: halfSpread + slippage.points, side: request.side))
        }
        guard bid.isFinite, bid > 0 else {
            let isWorthless = priced.mark.isFinite && priced.mark <= slippage.abandonBelow
            return request.closesLong && isWorthless ? .filled(price: 0) : .refused(reason: "no bid")
        }
        guard ask.isFinite, ask > 0 else { return .refused(reason: "no ask") }
        let touch = request.side == .buy ? ask : bid
        let slip = slippage.points + slippage.spreadFraction * (ask - bid)
        return .filled(price: shifted(touch, by: slip, side: request.side))
    }

    private func shifted(_ price: Double, by amount: Double, side: Side) -> Double {
        side == .buy ? price + amount : max(0, price - amount)
    }
}
