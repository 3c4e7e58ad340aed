import MidasCore

/// One simulated trading day: the underlying's five-minute path and the day's daily series.
struct SimulatedDay: Sendable {
    /// The day and its session.
    var session: TradingSession
    /// `prices[0]` is the open; `prices[i]` the close of the i-th five-minute step.
    var prices: [Double]
    /// Per step, its high and low.
    var highs: [Double]
    var lows: [Double]
    /// Per step, its volume.
    var volumes: [Int64]
    /// India VIX open, high, low and close.
    var vixOpen: Double
    var vixHigh: Double
    var vixLow: Double
    var vixClose: Double
    /// FII net index-futures and cash purchases (INR crore).
    var fiiFuturesNet: Double
    var fiiCashNet: Double
    /// USDINR reference rate.
    var usdinr: Double

    /// The day.
    var day: Day { session.day }
    /// The number of five-minute steps.
    var steps: Int { prices.count - 1 }
    /// The underlying's level at `step` steps after the open.
    func price(afterSteps step: Int) -> Double { prices[step] }
    /// The VIX level `fraction` of the way through the session (a straight line open → close).
    func vix(at fraction: Double) -> Double { vixOpen + (vixClose - vixOpen) * fraction }
}
