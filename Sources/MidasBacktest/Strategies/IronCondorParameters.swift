import MidasCore

/// The parameters of an iron condor, decoded strictly from a variant's `params`.
///
/// | key | meaning | default |
/// | --- | --- | --- |
/// | `entry_dte: {min, max}` | calendar days to expiry at entry; the nearest expiry in the window | required |
/// | `short_delta` | target \|delta\| of the short legs | one of these three |
/// | `short_distance` | short strikes this many points from spot | |
/// | `short_distance_fraction` | short strikes this fraction of spot away | |
/// | `wing_width` | points from each short strike to its long wing | required |
/// | `allowed_regimes` | regimes in which to enter | every regime but `warmup` |
/// | `profit_target` | close when this fraction of the entry credit is captured | none |
/// | `stop_loss` | close when the loss reaches this multiple of the entry credit | none |
/// | `exit_dte` | close when days to expiry fall to this | none (hold to expiry) |
/// | `regime_exit` | close when the regime leaves `allowed_regimes` | false |
/// | `max_positions` | concurrent condors | 1 |
/// | `lots` | lots per leg | 1 |
public struct IronCondorParameters: Sendable, Equatable {
    /// How the short strikes are chosen.
    public enum ShortStrikeRule: Sendable, Equatable {
        /// The strike whose |delta| is nearest this target (among quotes with a delta).
        case delta(Double)
        /// The listed strike nearest spot ∓ this many points.
        case distance(Double)
        /// The listed strike nearest spot × (1 ∓ this fraction).
        case distanceFraction(Double)
    }

    /// Calendar days to expiry allowed at entry.
    public var entryDTE: ClosedRange<Int>
    /// How short strikes are chosen.
    public var shortStrike: ShortStrikeRule
    /// Points between each short strike and its wing.
    public var wingWidth: Double
    /// Regimes in which the strategy enters.
    public var allowedRegimes: Set<Regime>
    /// Fraction of the entry credit captured that closes the trade.
    public var profitTarget: Double?
    /// Loss, as a multiple of the entry credit, that closes the trade.
    public var stopLoss: Double?
    /// Days to expiry at or below which the trade closes.
    public var exitDTE: Int?
    /// Whether leaving the allowed regimes closes the trade.
    public var regimeExit: Bool
    /// Maximum concurrent trades.
    public var maxPositions: Int
    /// Lots per leg.
    public var lots: Int

    /// Creates parameters.
    public init(
        entryDTE: ClosedRange<Int>, shortStrike: ShortStrikeRule, wingWidth: Double,
        allowedRegimes: Set<Regime> = IronCondorParameters.tradingRegimes, profitTarget: Double? = nil,
        stopLoss: Double? = nil, exitDTE: Int? = nil, regimeExit: Bool = false, maxPositions: Int = 1, lots: Int = 1
    ) {
        self.entryDTE = entryDTE
        self.shortStrike = shortStrike
        self.wingWidth = wingWidth
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

    /// Decodes a variant's `params` mapping; unknown keys and bad values name their key path.
    public init(node: ConfigNode) throws {
        try node.requireKeys(in: [
            "entry_dte", "short_delta", "short_distance", "short_distance_fraction", "wing_width",
            "allowed_regimes", "profit_target", "stop_loss", "exit_dte", "regime_exit", "max_positions", "lots",
        ])
        let window = try node.required("entry_dte")
        try window.requireKeys(in: ["min", "max"])
        let minimum = try Self.count(window.required("min"), from: 0)
        let maximum = try Self.count(window.required("max"), from: 0)
        guard minimum <= maximum else { throw window.error(.badValue, "min \(minimum) is above max \(maximum)") }
        entryDTE = minimum...maximum

        let rules: [ShortStrikeRule?] = [
            try node.optional("short_delta").map { .delta(try $0.double(in: 0.001...0.999)) },
            try node.optional("short_distance").map { .distance(try $0.double(in: 0...1e9)) },
            try node.optional("short_distance_fraction").map { .distanceFraction(try $0.double(in: 0...0.999)) },
        ]
        let given = rules.compactMap { $0 }
        guard given.count == 1 else {
            throw node.error(
                .badValue, "give exactly one of short_delta, short_distance, short_distance_fraction")
        }
        shortStrike = given[0]

        let wing = try node.required("wing_width")
        wingWidth = try wing.double()
        guard wingWidth > 0 else { throw wing.error(.badValue, "wing_width must be positive") }

        if let list = try node.optional("allowed_regimes") {
            var regimes = Set<Regime>()
            for element in try list.elements(allowScalar: true) {
                let labels = Self.tradingRegimes.map(\.description).sorted()
                regimes.insert(Regime(label: try element.choice(labels))!)
            }
            allowedRegimes = regimes
        } else {
            allowedRegimes = Self.tradingRegimes
        }
        profitTarget = try node.optional("profit_target").map { try $0.double(in: 0.001...1) }
        stopLoss = try node.optional("stop_loss").map { try $0.double(in: 0.001...1e6) }
        exitDTE = try node.optional("exit_dte").map { try Self.count($0, from: 0) }
        regimeExit = try node.optional("regime_exit")?.bool() ?? false
        maxPositions = try node.optional("max_positions").map { try Self.count($0, from: 1) } ?? 1
        lots = try node.optional("lots").map { try Self.count($0, from: 1) } ?? 1
    }

    private static func count(_ node: ConfigNode, from minimum: Int) throws -> Int {
        let value = try node.int()
        guard value >= minimum else { throw node.error(.badValue, "\(value) is below \(minimum)") }
        return value
    }
}
