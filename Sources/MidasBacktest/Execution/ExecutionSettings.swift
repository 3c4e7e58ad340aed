import MidasCore

/// What fills and accounting depend on: the pipeline's `execution` mapping.
///
/// ```yaml
/// execution:
///   capital: 1000000          # INR (default 1,000,000)
///   fill_at: same_bar         # or next_bar
///   slippage: {points: 0.5, spread_fraction: 0.1, bookless_half_spread: {points: 0.1, fraction: 0.005}}
///   costs: {brokerage_per_order: 20, stt_on_sale: [{from: 2024-10-01, rate: 0.001}]}
///   lots: {size: 75}          # or {by_expiry: [{from: 2025-01-01, size: 75}]}
///   margin: {scan_range: 0.10, scan_steps: 3, exposure: 0.02}   # or none (see MarginSettings)
///   sizing: fixed             # or {margin_fraction: 0.5} (see PositionSizing)
/// ```
public struct ExecutionSettings: Sendable, Equatable {
    /// Starting cash, INR.
    public var capital: Double
    /// When orders fill.
    public var fillTiming: FillTiming
    /// Slippage from the touch.
    public var slippage: SlippageSettings
    /// The cost schedule.
    public var costs: IndianCostSchedule
    /// Lot sizes replacing the exchange schedule (the data's lot still wins); `nil` keeps it.
    public var lots: LotOverride?
    /// The default margin model's settings; `nil` for no margin requirement.
    public var margin: MarginSettings?
    /// How many packages an entry opens.
    public var sizing: PositionSizing

    /// Creates settings; the defaults are SPEC.md's.
    public init(
        capital: Double = 1_000_000, fillTiming: FillTiming = .sameBar, slippage: SlippageSettings = SlippageSettings(),
        costs: IndianCostSchedule = .nse, lots: LotOverride? = nil, margin: MarginSettings? = MarginSettings(),
        sizing: PositionSizing = .fixed
    ) {
        self.capital = capital
        self.fillTiming = fillTiming
        self.slippage = slippage
        self.costs = costs
        self.lots = lots
        self.margin = margin
        self.sizing = sizing
    }

    /// Decodes the `execution` mapping strictly: unknown keys and bad values name their key path.
    public init(node: ConfigNode) throws {
        self.init()
        try node.requireKeys(in: ["capital", "fill_at", "slippage", "costs", "lots", "margin", "sizing"])
        if let value = try node.optional("capital") {
            capital = try value.double()
            guard capital > 0 else { throw value.error(.badValue, "capital must be positive") }
        }
        if let value = try node.optional("fill_at") {
            fillTiming = FillTiming(rawValue: try value.choice(FillTiming.allCases.map(\.rawValue)))!
        }
        if let value = try node.optional("slippage") { slippage = try SlippageSettings(node: value) }
        if let value = try node.optional("costs") { costs = try IndianCostSchedule.nse.overridden(by: value) }
        if let value = try node.optional("lots") { lots = try LotOverride(node: value) }
        if let value = try node.optional("margin") { margin = try MarginSettings.decode(value) }
        if let value = try node.optional("sizing") {
            sizing = try PositionSizing(node: value)
            if sizing != .fixed && margin == nil {
                throw value.error(.badValue, "sizing by margin needs a margin model; margin is none")
            }
        }
    }
}
