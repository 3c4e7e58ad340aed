import MidasCore

/// The execution models a run uses, bundled (DESIGN.md: small protocols chosen by the pipeline).
public struct ExecutionProfile: Sendable {
    /// Prices legs against the chain.
    public var fillModel: any FillModel
    /// Charges fills and exercises.
    public var costModel: any CostModel
    /// Values contracts at expiry.
    public var settlement: any SettlementModel
    /// Lot sizes of contracts without a lot in the data.
    public var lotSizing: any LotSizing
    /// The margin an entry needs; `nil` for no margin requirement.
    public var margin: (any MarginModel)?

    /// Bundles explicit models.
    public init(
        fillModel: any FillModel, costModel: any CostModel, settlement: any SettlementModel,
        lotSizing: any LotSizing, margin: (any MarginModel)? = ScanMarginModel()
    ) {
        self.fillModel = fillModel
        self.costModel = costModel
        self.settlement = settlement
        self.lotSizing = lotSizing
        self.margin = margin
    }

    /// The default models for `settings`: touch fills with its slippage, the Indian cost model with
    /// its schedule, intrinsic settlement, `lotSchedule` unless the settings override lots, and the
    /// scan margin model of the settings' margin.
    public init(settings: ExecutionSettings, lotSchedule: any LotSizing) {
        self.init(
            fillModel: TouchFillModel(slippage: settings.slippage),
            costModel: IndianCostModel(schedule: settings.costs),
            settlement: IntrinsicSettlement(),
            lotSizing: settings.lots ?? lotSchedule,
            margin: settings.margin.map { ScanMarginModel(settings: $0) }
        )
    }
}
