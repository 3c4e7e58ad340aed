/// Everything the features read: the underlying's bars and the daily series beside them.
///
/// Daily series must be in increasing day order. FII flows and USDINR are optional (empty
/// arrays): the features that read them are then NaN.
public struct FeatureInputs: Sendable {
    /// The underlying's bars, in time order (warmup history included).
    public var bars: [Bar]
    /// The bars' period: decides whether a day's closing values are known at its bars.
    public var timeframe: Timeframe
    /// India VIX, one row per day.
    public var vix: [VIXDay]
    /// FII net flows, one row per day (may be empty).
    public var fiiFlows: [FIIFlowDay]
    /// USD/INR reference rates, one row per day (may be empty).
    public var usdinr: [USDINRDay]

    /// Creates the inputs.
    public init(
        bars: [Bar], timeframe: Timeframe, vix: [VIXDay], fiiFlows: [FIIFlowDay] = [], usdinr: [USDINRDay] = []
    ) {
        self.bars = bars
        self.timeframe = timeframe
        self.vix = vix
        self.fiiFlows = fiiFlows
        self.usdinr = usdinr
    }
}
