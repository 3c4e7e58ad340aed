import MidasCore

/// What every built-in strategy shares: when it may enter, how it exits, how many trades it holds.
///
/// | key | meaning | default |
/// | --- | --- | --- |
/// | `entry_dte: {min, max}` | calendar days to expiry at entry; the nearest expiry in the window | required |
/// | `allowed_regimes` | regimes in which to enter | every regime but `warmup` |
/// | `profit_target` | close when the profit reaches this fraction of the entry premium | none |
/// | `stop_loss` | close when the loss reaches this multiple of the entry premium | none |
/// | `exit_dte` | close when days to the nearest open expiry fall to this | none (hold to expiry) |
/// | `regime_exit` | close when the regime leaves `allowed_regimes` | false |
/// | `max_positions` | concurrent trades | 1 |
/// | `lots` | lots per leg | 1 |
///
/// The entry premium is the credit of a credit package and the debit of a debit package.
public struct TradeRules: Sendable, Equatable {
    /// Calendar days to expiry allowed at entry.
    public var entryDTE: ClosedRange<Int>
    /// Regimes in which the strategy enters.
    public var allowedRegimes: Set<Regime>
    /// Profit, as a fraction of the entry premium, that closes the trade.
    public var profitTarget: Double?
    /// Loss, as a multiple of the entry premium, that closes the trade.
    public var stopLoss: Double?
    /// Days to expiry at or below which the trade closes.
    public var exitDTE: Int?
    /// Whether leaving the allowed regimes closes the trade.
    public var regimeExit: Bool
    /// Maximum concurrent trades.
    public var maxPositions: Int
    /// Lots per leg.
    public var lots: Int

    /// Creates rules.
    public init(
        entryDTE: ClosedRange<Int>, allowedRegimes: Set<Regime> = TradeRules.tradingRegimes,
        profitTarget: Double? = nil, stopLoss: Double? = nil, exitDTE: Int? = nil, regimeExit: Bool = false,
        maxPositions: Int = 1, lots: Int = 1
    ) {
        self.entryDTE = entryDTE
        self.allowedRegimes = allowedRegimes
        self.profitTarget = profitTarget
        self.stopLoss = stopLoss
        self.exitDTE = exitDTE
        self.regimeExit = regimeExit
        self.maxPositions = maxPositions
        self.lots = lots
    }

    /// Every regime but `warmup`.
    public static let tradingRegimes = Set(Regime.allCases.filter { $0 != .warmup })

    /// The keys the rules are decoded from.
    static let keys: Set<String> = [
        "entry_dte", "allowed_regimes", "profit_target", "stop_loss", "exit_dte", "regime_exit", "max_positions",
        "lots",
    ]

    /// Decodes the shared keys of a `params` mapping (the caller checks for unknown keys).
    ///
    /// A credit package can capture at most its credit (`profit_target` up to 1); a debit
    /// package can lose at most its debit (`stop_loss` up to 1).
    init(node: ConfigNode, isCredit: Bool) throws {
        let window = try node.required("entry_dte")
        try window.requireKeys(in: ["min", "max"])
        let minimum = try window.required("min").count(from: 0)
        let maximum = try window.required("max").count(from: 0)
        guard minimum <= maximum else { throw window.error(.badValue, "min \(minimum) is above max \(maximum)") }
        entryDTE = minimum...maximum
        if let list = try node.optional("allowed_regimes") {
            let labels = Self.tradingRegimes.map(\.description).sorted()
            allowedRegimes = Set(try list.elements(allowScalar: true).map { Regime(label: try $0.choice(labels))! })
        } else {
            allowedRegimes = Self.tradingRegimes
        }
        profitTarget = try node.optional("profit_target").map { try $0.double(in: 0.001...(isCredit ? 1 : 1e6)) }
        stopLoss = try node.optional("stop_loss").map { try $0.double(in: 0.001...(isCredit ? 1e6 : 1)) }
        exitDTE = try node.optional("exit_dte").map { try $0.count(from: 0) }
        regimeExit = try node.optional("regime_exit")?.bool() ?? false
        maxPositions = try node.optional("max_positions").map { try $0.count(from: 1) } ?? 1
        lots = try node.optional("lots").map { try $0.count(from: 1) } ?? 1
    }

    /// Why `trade` should close at a bar of `regime` on `day`, if it should; checked in the order
    /// stop loss, profit target, exit DTE, regime.
    public func exitReason(for trade: OpenTrade, regime: Regime, day: Day) -> FillReason? {
        let premium = abs(trade.entryCredit)
        let profit = trade.markProfit
        if let stopLoss, premium > 0, -profit >= stopLoss * premium { return .stopLoss }
        if let profitTarget, premium > 0, profit >= profitTarget * premium { return .profitTarget }
        if let exitDTE, let expiry = trade.nearestExpiry, day.days(to: expiry) <= exitDTE { return .exitDTE }
        if regimeExit, !allowedRegimes.contains(regime) { return .regimeExit }
        return nil
    }

    /// The nearest expiry of `chain` whose days to expiry from `day` fall in the entry window.
    func expiry(in chain: ChainView, day: Day) throws(StrategySkip) -> Day {
        guard let expiry = chain.expiries.first(where: { entryDTE.contains(day.days(to: $0)) }) else {
            throw StrategySkip("no expiry \(entryDTE.lowerBound)-\(entryDTE.upperBound) days out")
        }
        return expiry
    }
}
